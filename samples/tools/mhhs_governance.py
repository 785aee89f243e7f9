"""The MHHS governance and participants as the first DAG pack (17 November 2021) states them, and the
design artefacts, one for each of the 35 artefact types of its Target Design Artefacts table.

Keys are the identifiers the generator writes; see generate_mhhs.py for how each record becomes Turtle.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mhhs_design import ADVANCED, ECS, REG, SMART, UMS

SEED = "MHHS DAG #1 pack, 17 November 2021"
SEED_STRUCTURE = SEED + ": Governance Structure"
SEED_PROGRAMME = SEED + ": Programme Structure Definition"
SEED_BACKGROUND = SEED + ": Design Delivery Background"
SEED_ARTEFACTS = SEED + ": Target Design Artefacts"
SEED_MEMBERSHIP = SEED + ": DAG membership"
SEED_HEAT_MAP = SEED + ": Stakeholder Heat Map"
SEED_L4_UPDATE = SEED + ": L4 Working Group Update"
SEED_NEXT_STEPS = SEED + ": Design Next Steps"
SEED_DAG_TOR = SEED + ", Appendix 1: DAG Terms of Reference (extracted from MHHS-DEL031 v1.1)"
SEED_L4_TOR = SEED + ", Appendix 2: Level 4 Working Groups Terms of Reference"
PUBLIC_ARTEFACTS = "MHHS design artefact list, public MHHS design documentation"
PUBLIC_ROLES = "MHHS market roles and DIP role codes, public MHHS design documentation"

WORKSTREAMS = [
    (SMART, "Smart"),
    (ADVANCED, "Advanced"),
    (UMS, "Unmetered Supplies (UMS)"),
    (REG, "Registrations"),
    (ECS, "Elexon Central Systems"),
]


@dataclass(frozen=True)
class Body:
    key: str
    label: str
    level: int
    working_group: bool = False
    reports_to: str | None = None
    part_of: str | None = None
    source: str = SEED_STRUCTURE
    illustrative: bool = False
    comment: str | None = None


BODIES = [
    Body("Ofgem", "Ofgem", 1, comment="The regulator and programme sponsor; takes Level 1 decisions, escalated to "
         "it by the SRO or Independent Programme Assurance."),
    Body("PSG", "Programme Steering Group (PSG)", 2),
    Body("DAG", "Design Advisory Group (DAG)", 3, reports_to="PSG", source=SEED_DAG_TOR,
         comment="Chaired by the SRO; the primary decision-making authority for the system and solution design, "
         "unless above Ofgem thresholds. Makes Level 3 decisions, and Level 2 decisions delegated by the PSG."),
    Body("IAG", "IAG", 3, reports_to="PSG", source=SEED_HEAT_MAP, illustrative=True,
         comment="Shown beside the PSG and DAG in the stakeholder heat map; the pack gives neither its level nor its "
         "reporting line, so Level 3 and reporting to the PSG are inferred."),
    Body("BPRWG", "Business Process & Requirements Working Group (BPRWG)", 4, True, reports_to="DAG",
         source=SEED_L4_TOR),
    Body("TDWG", "Technical Design Working Group (TDWG)", 4, True, reports_to="DAG", source=SEED_L4_TOR),
    Body("Security-WG", "Security Working Group", 4, True, reports_to="DAG", source=SEED_L4_UPDATE,
         comment="Planned to start by the end of November 2021."),
    Body("BPRWG-Smart", "BPRWG Smart Sub-group", 4, True, part_of="BPRWG", source=SEED_L4_UPDATE, illustrative=True,
         comment="Level 4 is inferred from its parent group."),
    Body("BPRWG-Registration", "BPRWG Registration Sub-group", 4, True, part_of="BPRWG", source=SEED_L4_UPDATE,
         illustrative=True, comment="Level 4 is inferred from its parent group."),
    Body("BPRWG-Advanced", "BPRWG Advanced Sub-group", 4, True, part_of="BPRWG", source=SEED_L4_UPDATE,
         illustrative=True, comment="Expected to begin in December 2021. Level 4 is inferred from its parent group."),
    Body("BPRWG-Unmetered", "BPRWG Unmetered Sub-group", 4, True, part_of="BPRWG", source=SEED_L4_UPDATE,
         illustrative=True, comment="Expected to begin in December 2021. Level 4 is inferred from its parent group."),
    Body("BPRWG-Elexon-Central-Services", "BPRWG Elexon Central Services Sub-group", 4, True, part_of="BPRWG",
         source=SEED_L4_UPDATE, illustrative=True,
         comment="Expected to begin in December 2021. Level 4 is inferred from its parent group."),
    Body("TDWG-Sub-group", "TDWG Sub-group", 4, True, part_of="TDWG", source=SEED_L4_UPDATE, illustrative=True,
         comment="First met on 18 November 2021 to agree the Technical Design Principles and Assumptions. "
         "Level 4 is inferred from its parent group."),
    Body("DWG", "Design Working Group (DWG)", 4, True, source=SEED_BACKGROUND, illustrative=True,
         comment="2017 to 2018: designed the MHHS Target Operating Model and the high-level transition approach. "
         "An industry group that predates the programme; Level 4 is assigned only so that it can be recorded."),
    Body("CCDG", "Code Change & Development Group (CCDG)", 4, True, source=SEED_BACKGROUND, illustrative=True,
         comment="2019 to 2021: developed the Target Operating Model and identified the changes needed to industry "
         "codes. An industry group that predates the programme; Level 4 is assigned only so that it can be "
         "recorded."),
    Body("AWG", "Architecture Working Group (AWG)", 4, True, source=SEED_BACKGROUND, illustrative=True,
         comment="2019 to 2021: developed the reference architecture for data integration, which the TDWG takes to "
         "a detailed level. An industry group that predates the programme; Level 4 is assigned only so that it "
         "can be recorded."),
]


@dataclass(frozen=True)
class ProgrammeRole:
    key: str
    label: str
    part_of: str | None = None
    appointed_by: str | None = None


PROGRAMME_ROLES = [
    ProgrammeRole("LDP", "Lead Delivery Partner (LDP)"),
    ProgrammeRole("CPT", "Central Programme Team (CPT)", part_of="LDP"),
    ProgrammeRole("PMO", "Programme Management Office (PMO)", part_of="LDP"),
    ProgrammeRole("PPC", "Programme Party Coordinator (PPC)", part_of="LDP"),
    ProgrammeRole("SI", "Systems Integrator (SI)", part_of="LDP"),
    ProgrammeRole("IPA", "Independent Programme Assurance (IPA)", appointed_by="Ofgem"),
]


@dataclass(frozen=True)
class MarketRole:
    key: str
    label: str
    notation: str | None = None
    source: str | None = PUBLIC_ROLES
    comment: str | None = None


MARKET_ROLES = [
    MarketRole("SUP", "Supplier", "SUP"),
    MarketRole("REGS", "Registration Service", "REGS"),
    MarketRole("MSS", "Metering Service Smart", "MSS"),
    MarketRole("MSA", "Metering Service Advanced", "MSA"),
    MarketRole("Smart-Data-Service", "Smart Data Service",
               comment="Provides the Metering Data Retrieval, Meter Reading and Processing services."),
    MarketRole("Advanced-Data-Service", "Advanced Data Service"),
    MarketRole("Unmetered-Supplies-Data-Service", "Unmetered Supplies Data Service"),
    MarketRole("LSS", "Load Shaping Service", "LSS"),
    MarketRole("VAS", "Volume Allocation Service", "VAS"),
    MarketRole("MDS", "Market-wide Data Service", "MDS"),
    MarketRole("DIP", "Data Integration Platform", "DIP", comment="Run by Elexon."),
    MarketRole("LDSO", "Licensed Distribution System Operator", "LDSO", comment="DNOs and iDNOs."),
    MarketRole("CSS", "Central Switching Service", "CSS"),
    MarketRole("DCC", "DCC", "DCC", comment="The smart meter central system provider."),
    MarketRole("Meter-Administrator", "Meter Administrator", source=SEED_L4_TOR,
               comment="Named among the parties of the Level 4 working groups."),
    MarketRole("Unmetered-Supplies-Operator", "Unmetered Supplies Operator", source=None,
               comment="Added for the unmetered supplies processes; not named in the sources."),
]


# Constituencies: key, label, source.
CONSTITUENCIES = [
    ("Elexon", "Elexon (as central systems provider)", SEED_MEMBERSHIP),
    ("DCC", "DCC (as smart meter central systems provider)", SEED_MEMBERSHIP),
    ("Large-Supplier", "Large Supplier", SEED_MEMBERSHIP),
    ("Medium-Supplier", "Medium Supplier", SEED_MEMBERSHIP),
    ("Small-Supplier", "Small Supplier", SEED_MEMBERSHIP),
    ("IC-Supplier", "I&C Supplier", SEED_MEMBERSHIP),
    ("Independent-Supplier-Agent", "Independent Supplier Agent", SEED_MEMBERSHIP),
    ("Supplier-Agent", "Supplier Agent", SEED_MEMBERSHIP),
    ("DNO", "DNO", SEED_MEMBERSHIP),
    ("iDNO", "iDNO", SEED_MEMBERSHIP),
    ("National-Grid-ESO", "National Grid ESO", SEED_MEMBERSHIP),
    ("Consumer", "Consumer", SEED_MEMBERSHIP),
    ("Ofgem-Observer", "Ofgem (observer)", SEED_MEMBERSHIP),
    ("IT-Service-Providers", "IT Service Providers", SEED_HEAT_MAP),
    ("Meter-Administrator", "Meter Administrator", SEED_L4_TOR),
]

# Organisations: key, label, constituencies, source. Ofgem is the governing body, not repeated here.
ORGANISATIONS = [
    ("Elexon", "Elexon", ("Elexon",), SEED_MEMBERSHIP),
    ("DCC", "DCC", ("DCC",), SEED_MEMBERSHIP),
    ("Energy-UK", "Energy UK", ("Large-Supplier",), SEED_MEMBERSHIP),
    ("Shell", "Shell", ("Medium-Supplier",), SEED_MEMBERSHIP),
    ("ESG-Global", "ESG Global", ("Small-Supplier",), SEED_MEMBERSHIP),
    ("Waterswye-Associates", "Waterswye Associates", ("IC-Supplier",), SEED_MEMBERSHIP),
    ("Callisto-Data", "Callisto Data Ltd", ("Independent-Supplier-Agent",), SEED_MEMBERSHIP),
    ("SMS-Plc", "SMS Plc", ("Supplier-Agent",), SEED_MEMBERSHIP),
    ("Western-Power-Distribution", "Western Power Distribution", ("DNO",), SEED_MEMBERSHIP),
    ("Energy-Assets-Group", "Energy Assets Group Limited", ("iDNO",), SEED_MEMBERSHIP),
    ("National-Grid-ESO", "National Grid ESO", ("National-Grid-ESO",), SEED_MEMBERSHIP),
    ("Citizens-Advice", "Citizens Advice", ("Consumer",), SEED_MEMBERSHIP),
    ("British-Gas", "British Gas", ("Large-Supplier",), SEED_HEAT_MAP),
    ("SSE", "SSE", ("Large-Supplier",), SEED_HEAT_MAP),
    ("EON-Next", "E.ON Next", ("Large-Supplier",), SEED_HEAT_MAP),
    ("npower-Business-Solutions", "npower Business Solutions (E.ON)", ("Large-Supplier",), SEED_HEAT_MAP),
    ("OVO-Energy", "OVO Energy", ("Large-Supplier",), SEED_HEAT_MAP),
    ("Utility-Warehouse", "Utility Warehouse", ("Medium-Supplier",), SEED_HEAT_MAP),
    ("Octopus-Energy", "Octopus Energy", ("Medium-Supplier",), SEED_HEAT_MAP),
    ("Smartest-Energy", "Smartest Energy", ("Small-Supplier",), SEED_HEAT_MAP),
    ("Positive-Energy", "Positive Energy", ("Small-Supplier",), SEED_HEAT_MAP),
    ("Siemens-Managed-Applications-and-Services", "Siemens Managed Applications & Services",
     ("Independent-Supplier-Agent",), SEED_HEAT_MAP),
    ("TMA-Data-Management", "TMA Data Management Ltd", ("Independent-Supplier-Agent",), SEED_HEAT_MAP),
    ("Stark-Software-International", "Stark Software International Ltd", ("Independent-Supplier-Agent",),
     SEED_HEAT_MAP),
    ("IMServ-Europe", "IMServ Europe Ltd", ("Independent-Supplier-Agent",), SEED_HEAT_MAP),
    ("Lowri-Beck", "Lowri Beck", ("Supplier-Agent",), SEED_HEAT_MAP),
    ("Power-Data-Associates", "Power Data Associates", ("Supplier-Agent",), SEED_HEAT_MAP),
    ("Scottish-and-Southern-Electricity-Networks", "Scottish & Southern Electricity Networks", ("DNO",),
     SEED_HEAT_MAP),
    ("SP-Energy-Networks", "SP Energy Networks", ("DNO",), SEED_HEAT_MAP),
    ("Northern-Power-Grid", "Northern Power Grid", ("DNO",), SEED_HEAT_MAP),
    ("BUUK-Infrastructure", "BUUK Infrastructure Ltd", ("iDNO",), SEED_HEAT_MAP),
    ("St-Clements", "St Clements", ("IT-Service-Providers",), SEED_HEAT_MAP),
    ("Salient-Systems", "Salient Systems Ltd", ("IT-Service-Providers",), SEED_HEAT_MAP),
    ("CGI", "CGI", ("IT-Service-Providers",), SEED_HEAT_MAP),
    ("Electralink", "Electralink", ("IT-Service-Providers",), SEED_HEAT_MAP),
    ("EDW-Technology", "EDW Technology Ltd", ("IT-Service-Providers",), SEED_HEAT_MAP),
    ("Ensek", "Ensek", ("IT-Service-Providers",), SEED_HEAT_MAP),
]


@dataclass(frozen=True)
class Post:
    key: str
    label: str
    body: str
    held_by: str | None = None  # an organisation key, or "Ofgem" for the governing body
    represents: str | None = None
    source: str = SEED_MEMBERSHIP
    comment: str | None = None


# The DAG's seats (membership table and ToR membership list), roles only: no people's names.
DAG_POSTS = [
    Post("DAG-Chair", "DAG Chair (SRO)", "DAG", source=SEED_DAG_TOR),
    Post("DAG-SRO-Design-Manager", "DAG SRO Design Manager", "DAG", source=SEED_DAG_TOR),
    Post("DAG-LDP-Design-Manager", "DAG LDP Programme/Design Manager", "DAG", source=SEED_DAG_TOR),
    Post("DAG-LDP-SI-Manager", "DAG LDP Systems Integrator Manager", "DAG", source=SEED_DAG_TOR),
    Post("DAG-IPA-Manager", "DAG Independent Programme Assurance Manager", "DAG", source=SEED_DAG_TOR),
    Post("DAG-Elexon", "DAG Elexon Representative (BSC central systems)", "DAG", "Elexon", "Elexon"),
    Post("DAG-DCC", "DAG DCC Representative (smart meter central system)", "DAG", "DCC", "DCC"),
    Post("DAG-Large-Supplier", "DAG Large Supplier Representative", "DAG", "Energy-UK", "Large-Supplier"),
    Post("DAG-Medium-Supplier", "DAG Medium Supplier Representative", "DAG", "Shell", "Medium-Supplier"),
    Post("DAG-Small-Supplier", "DAG Small Supplier Representative", "DAG", "ESG-Global", "Small-Supplier"),
    Post("DAG-IC-Supplier", "DAG I&C Supplier Representative", "DAG", "Waterswye-Associates", "IC-Supplier"),
    Post("DAG-Independent-Supplier-Agent", "DAG Supplier Agent Representative (Independent)", "DAG",
         "Callisto-Data", "Independent-Supplier-Agent"),
    Post("DAG-Supplier-Agent", "DAG Supplier Agent Representative", "DAG", "SMS-Plc", "Supplier-Agent"),
    Post("DAG-DNO", "DAG DNO Representative", "DAG", "Western-Power-Distribution", "DNO"),
    Post("DAG-iDNO", "DAG iDNO Representative", "DAG", "Energy-Assets-Group", "iDNO"),
    Post("DAG-National-Grid-ESO", "DAG National Grid ESO Representative", "DAG", "National-Grid-ESO",
         "National-Grid-ESO"),
    Post("DAG-Consumer", "DAG Consumer Representative", "DAG", "Citizens-Advice", "Consumer"),
    Post("DAG-Ofgem-Observer", "DAG Ofgem Observer", "DAG", "Ofgem", "Ofgem-Observer"),
]

# The BPRWG and TDWG columns of the stakeholder heat map: constituency, organisation, number of contacts.
HEAT_MAP = {
    "BPRWG": [
        ("Elexon", "Elexon", 2), ("DCC", "DCC", 4),
        ("Large-Supplier", "British-Gas", 2), ("Large-Supplier", "SSE", 2), ("Large-Supplier", "EON-Next", 3),
        ("Large-Supplier", "npower-Business-Solutions", 2), ("Large-Supplier", "OVO-Energy", 1),
        ("Medium-Supplier", "Utility-Warehouse", 3), ("Medium-Supplier", "Octopus-Energy", 1),
        ("Small-Supplier", "Smartest-Energy", 1), ("Small-Supplier", "Positive-Energy", 1),
        ("Independent-Supplier-Agent", "Callisto-Data", 1),
        ("Independent-Supplier-Agent", "Siemens-Managed-Applications-and-Services", 2),
        ("Independent-Supplier-Agent", "TMA-Data-Management", 5),
        ("Independent-Supplier-Agent", "Stark-Software-International", 2),
        ("Independent-Supplier-Agent", "IMServ-Europe", 1),
        ("Supplier-Agent", "Lowri-Beck", 1), ("Supplier-Agent", "Power-Data-Associates", 1),
        ("DNO", "Scottish-and-Southern-Electricity-Networks", 4), ("DNO", "SP-Energy-Networks", None),
        ("DNO", "Northern-Power-Grid", None),
        ("iDNO", "BUUK-Infrastructure", 1), ("National-Grid-ESO", "National-Grid-ESO", 1),
        ("IT-Service-Providers", "St-Clements", 1), ("IT-Service-Providers", "Salient-Systems", 1),
        ("IT-Service-Providers", "CGI", 1), ("IT-Service-Providers", "Electralink", 1),
        ("IT-Service-Providers", "EDW-Technology", 1),
    ],
    "TDWG": [
        ("Elexon", "Elexon", 2), ("DCC", "DCC", 4),
        ("Large-Supplier", "EON-Next", 3),
        ("Medium-Supplier", "Utility-Warehouse", 1), ("Medium-Supplier", "Octopus-Energy", 1),
        ("Small-Supplier", "Smartest-Energy", 1), ("Small-Supplier", "Positive-Energy", 1),
        ("Independent-Supplier-Agent", "Callisto-Data", 1),
        ("Independent-Supplier-Agent", "Siemens-Managed-Applications-and-Services", 4),
        ("Independent-Supplier-Agent", "TMA-Data-Management", 3),
        ("Independent-Supplier-Agent", "Stark-Software-International", 1),
        ("DNO", "Scottish-and-Southern-Electricity-Networks", 1), ("DNO", "SP-Energy-Networks", 1),
        ("iDNO", "BUUK-Infrastructure", 2), ("National-Grid-ESO", "National-Grid-ESO", 1),
        ("IT-Service-Providers", "St-Clements", 2), ("IT-Service-Providers", "Salient-Systems", 1),
        ("IT-Service-Providers", "CGI", 1), ("IT-Service-Providers", "Electralink", 2),
        ("IT-Service-Providers", "EDW-Technology", 1), ("IT-Service-Providers", "Ensek", 1),
    ],
}

WORKING_GROUP_CHAIRS = [
    Post("BPRWG-Chair", "BPRWG Chair (MHHS Design Market & Engagement Lead)", "BPRWG", source=SEED_L4_TOR),
    Post("TDWG-Chair", "TDWG Chair (MHHS Design Market & Engagement Lead)", "TDWG", source=SEED_L4_TOR),
]


@dataclass(frozen=True)
class GovernanceDocument:
    key: str
    label: str
    version: str | None = None
    part_of: str | None = None
    comment: str | None = None
    source: str = SEED


GOVERNANCE_DOCUMENTS = [
    GovernanceDocument("MHHS-DEL031", "MHHS-DEL031 MHHS Programme Governance Framework", "1.1", source=SEED_DAG_TOR),
    GovernanceDocument("DAG-ToR", "DAG Terms of Reference", part_of="MHHS-DEL031", source=SEED_DAG_TOR,
                       comment="Extracted from MHHS-DEL031 v1.1; role, objectives, membership, scope and decision "
                       "making of the DAG."),
    GovernanceDocument("BPRWG-ToR", "BPRWG Terms of Reference (Level 4)", source=SEED_L4_TOR,
                       comment="Presented to the first DAG as a DRAFT."),
    GovernanceDocument("TDWG-ToR", "TDWG Terms of Reference (Level 4)", source=SEED_L4_TOR,
                       comment="Presented to the first DAG as a DRAFT."),
]


@dataclass(frozen=True)
class Meeting:
    body: str
    day: date
    label: str
    source: str | None = SEED
    comment: str | None = None

    @property
    def key(self) -> str:
        return f"{self.body}-{self.day.isoformat()}"


MEETINGS = [
    Meeting("BPRWG", date(2021, 11, 3), "First BPRWG meeting, 3 November 2021", SEED_L4_UPDATE,
            "58 participants identified, 41 attended."),
    Meeting("TDWG", date(2021, 11, 4), "First TDWG meeting, 4 November 2021", SEED_L4_UPDATE,
            "42 participants identified, 27 attended."),
    Meeting("BPRWG-Smart", date(2021, 11, 11), "First BPRWG Smart Sub-group meeting, 11 November 2021",
            SEED_L4_UPDATE, "28 volunteers."),
    Meeting("BPRWG-Registration", date(2021, 11, 16), "First BPRWG Registration Sub-group meeting, "
            "16 November 2021", SEED_L4_UPDATE, "24 volunteers."),
    Meeting("DAG", date(2021, 11, 17), "DAG #1, 17 November 2021", SEED,
            "Asked to approve the DAG Terms of Reference and the Level 4 working groups' Terms of Reference."),
    Meeting("TDWG-Sub-group", date(2021, 11, 18), "First TDWG Sub-group meeting, 18 November 2021", SEED_L4_UPDATE,
            "To agree the Technical Design Principles and Assumptions."),
    Meeting("DAG", date(2021, 12, 8), "DAG meeting, 8 December 2021", SEED_NEXT_STEPS,
            "Planned agenda: design progress update, industry group interaction, potential escalations and "
            "requests for decision, potential design artefacts for approval."),
    Meeting("DAG", date(2022, 1, 12), "DAG meeting, 12 January 2022", None),
    Meeting("DAG", date(2022, 2, 9), "DAG meeting, 9 February 2022", None),
    Meeting("DAG", date(2022, 3, 9), "DAG meeting, 9 March 2022", None),
]


@dataclass(frozen=True)
class Decision:
    key: str
    label: str
    body: str
    level: int
    day: date
    outcome: str
    approves: tuple[str, ...] = ()  # "artefact:X", "document:X" or "change-request:X"
    rejects: tuple[str, ...] = ()
    refers: tuple[str, ...] = ()
    meeting: str | None = None
    source: str | None = None
    comment: str | None = None


OUTCOME_NOT_IN_SEED = ("The pack records the request for this decision; its outcome (Accept) is not in the pack and "
                       "is illustrative.")

DECISIONS = [
    Decision("DAG-2021-11-17-01", "Approve the DAG Terms of Reference", "DAG", 3, date(2021, 11, 17), "Accept",
             approves=("document:DAG-ToR",), meeting="DAG-2021-11-17", source=SEED, comment=OUTCOME_NOT_IN_SEED),
    Decision("DAG-2021-11-17-02", "Approve the Level 4 working groups' Terms of Reference", "DAG", 3,
             date(2021, 11, 17), "Accept", approves=("document:BPRWG-ToR", "document:TDWG-ToR"),
             meeting="DAG-2021-11-17", source=SEED, comment=OUTCOME_NOT_IN_SEED),
    Decision("DAG-2021-12-08-01", "Approve the Process List (DES100)", "DAG", 3, date(2021, 12, 8), "Accept",
             approves=("artefact:DES100",), meeting="DAG-2021-12-08"),
    Decision("DAG-2021-12-08-02", "Approve the Business Process Models (BPM001) subject to additional work", "DAG", 3,
             date(2021, 12, 8), "AcceptSubjectToWork", approves=("artefact:BPM001",), meeting="DAG-2021-12-08",
             comment="Approved on condition that the unmetered supplies processes are completed."),
    Decision("DAG-2022-01-12-01", "Approve the Interface Catalogue (DES138)", "DAG", 3, date(2022, 1, 12), "Accept",
             approves=("artefact:DES138",), meeting="DAG-2022-01-12"),
    Decision("DAG-2022-01-12-02", "Approve the Data Item Catalogue (DES140)", "DAG", 3, date(2022, 1, 12), "Accept",
             approves=("artefact:DES140",), meeting="DAG-2022-01-12"),
    Decision("DAG-2022-01-12-03", "Refer the Registration Service Requirements (BRS003) for additional work", "DAG",
             3, date(2022, 1, 12), "ReferForWork", refers=("artefact:BRS003",), meeting="DAG-2022-01-12"),
    Decision("DAG-2022-01-12-04", "Reject the Method Statement (METH001)", "DAG", 3, date(2022, 1, 12), "Reject",
             rejects=("artefact:METH001",), meeting="DAG-2022-01-12"),
    Decision("DAG-2022-02-09-01", "Approve the Registration Service Requirements (BRS003)", "DAG", 3,
             date(2022, 2, 9), "Accept", approves=("artefact:BRS003",), meeting="DAG-2022-02-09"),
    Decision("DAG-2022-02-09-02", "Approve the Logical Interface Specification (DES101)", "DAG", 3, date(2022, 2, 9),
             "Accept", approves=("artefact:DES101",), meeting="DAG-2022-02-09"),
    Decision("DAG-2022-02-09-03", "Approve the Event List (DES142)", "DAG", 3, date(2022, 2, 9), "Accept",
             approves=("artefact:DES142",), meeting="DAG-2022-02-09"),
    Decision("DAG-2022-02-09-04", "Approve the End to End Solution Architecture (E2E001)", "DAG", 3, date(2022, 2, 9),
             "Accept", approves=("artefact:E2E001",), meeting="DAG-2022-02-09"),
    Decision("DAG-2022-03-09-01", "Approve change request CR001", "DAG", 3, date(2022, 3, 9), "Accept",
             approves=("change-request:CR001",), meeting="DAG-2022-03-09"),
    Decision("DAG-2022-03-09-02", "Refer change request CR002 to the PSG", "DAG", 3, date(2022, 3, 9), "ReferToPSG",
             refers=("change-request:CR002",), meeting="DAG-2022-03-09",
             comment="It moves a Level 1 milestone, above the Ofgem threshold."),
    Decision("Ofgem-2022-03-30-01", "Approve change request CR002", "Ofgem", 1, date(2022, 3, 30), "Accept",
             approves=("change-request:CR002",), comment="A Level 1 decision, escalated to Ofgem by the SRO."),
]


# The governance workflow behind the first meetings' decisions (illustrative): each decision settles a
# recommendation on its meeting's agenda, submitted a week before; the conditional approval carries its
# condition; the illustrative DAG meeting of 12 January 2022 records who attended by seat.
AGENDA_MEETINGS = ("DAG-2021-11-17", "DAG-2021-12-08", "DAG-2022-01-12")

RECOMMENDATION_SUMMARIES = {
    "DAG-2021-11-17-01": ("The DAG Terms of Reference (MHHS-DEL031 v1.1), extracted into the pack.", "Approve"),
    "DAG-2021-11-17-02": ("The draft Terms of Reference of the BPRWG and the TDWG.", "Approve"),
    "DAG-2021-12-08-01": ("The first Process List, 120 processes.", "Approve"),
    "DAG-2021-12-08-02": ("The Business Process Models; the unmetered supplies processes are not finished.",
                          "Approve, subject to completing the unmetered supplies processes"),
    "DAG-2022-01-12-01": ("The Interface Catalogue.", "Approve"),
    "DAG-2022-01-12-02": ("The Data Item Catalogue.", "Approve"),
    "DAG-2022-01-12-03": ("The Registration Service Requirements; some constituencies disagree on the scope.",
                          "Approve"),
    "DAG-2022-01-12-04": ("The Method Statement.", "Approve"),
}

CONDITIONS = {
    "DAG-2021-12-08-02": ("Complete the unmetered supplies processes.",),
}

ATTENDED_MEETINGS = ("DAG-2022-01-12",)


@dataclass(frozen=True)
class Triage:
    """One impacted item's triage on a worked change request: item, verdict, comment, who, when."""
    item: str
    verdict: str
    comment: str
    by: str
    at: str


@dataclass(frozen=True)
class ChangeRequest:
    key: str
    label: str
    status: str
    affects: tuple[str, ...]
    comment: str | None = None
    reason: str | None = None
    raiser: str | None = None
    sponsor: str | None = None
    raised: str | None = None
    deadline: date | None = None
    triage: tuple[Triage, ...] = ()


CHANGE_REQUESTS = [
    ChangeRequest("CR001", "Lengthen the Market Participant Role Code to two characters", "Approved",
                  ("data-item:DI-021", "artefact:DES140", "artefact:DES138"),
                  comment="Modelled on the real CR041, which lengthened the code from one to two characters."),
    ChangeRequest("CR002", "Extend the design phase from April 2022 to June 2022", "Approved",
                  ("artefact:DBP001", "artefact:IMP001")),
    ChangeRequest("CR003", "Validate the GSP Group ID against Industry Standing Data", "Draft",
                  ("data-item:DI-037", "artefact:DES140", "interface:IF-013")),
    # A worked change request with a triaged impact assessment pack, invented to show the workflow: the
    # registry assesses its impact when the sample is loaded (the frozen assessment is the engine's, not
    # written here), and these marks are the parties' first answers.
    ChangeRequest("CR004", "Add a read quality indicator to meter register reads (IF-041)", "InReview",
                  ("interface:IF-041",),
                  comment="Illustrative worked example of a change request with its impact assessment pack:"
                          " invented, not a real MHHS change.",
                  reason="Smart Data Services cannot tell an estimated register read from an actual one when"
                         " a read arrives on IF-041 after a change of supplier; a quality indicator would let"
                         " them settle on the right read.",
                  raiser="Supplier Agent representative (illustrative)", sponsor="Supplier-Agent",
                  raised="2022-02-01T10:00:00Z", deadline=date(2022, 2, 15),
                  triage=(
                      Triage("artefact:DES160", "impacted", "The interface specification gains the field.",
                             "tdwg-lead", "2022-02-03T09:30:00Z"),
                      Triage("process:BP009", "impacted", "Change of Meter reads must carry the indicator.",
                             "bprwg-lead", "2022-02-04T14:00:00Z"),
                      Triage("artefact:API001", "needs-analysis", "Check whether the schema version changes.",
                             "tdwg-lead", "2022-02-07T11:15:00Z"),
                      Triage("process:BP049", "not-impacted", "Uses IF-041 only for on-site reads, unchanged.",
                             "bprwg-lead", "2022-02-08T16:45:00Z"),
                  )),
]

BASELINE = ("IR1", "Interim Release 1: logical design baseline", date(2022, 3, 31))


@dataclass(frozen=True)
class Artefact:
    type_key: str
    identifier: str
    title: str
    status: str
    version: str
    producer: str
    owners: tuple[str, ...]
    depends_on: tuple[str, ...] = ()
    specifies: tuple[str, ...] = ()  # selectors, see generate_mhhs.select()
    describes: tuple[str, ...] = ()
    real: bool = False  # True where a source states the document number and title


ALL = (SMART, ADVANCED, UMS, REG, ECS)

A = Artefact
ARTEFACTS = [
    # Logical Design
    A("FunctionalRequirements", "BRS003", "Registration Service Requirements", "Approved", "1.0", "BPRWG", (REG,),
      ("DES100",), specifies=("requirements:BRS003",), real=True),
    A("NonFunctionalRequirements", "NFR001", "Non-Functional Requirements", "InReview", "0.9", "TDWG", (ECS,),
      ("DES160",), specifies=("requirements:NFR",)),
    A("BusinessProcessModels", "BPM001", "Business Process Models", "ApprovedWithConditions", "1.0", "BPRWG", ALL,
      ("DES100", "BRS003"), specifies=("processes",)),
    A("BusinessProcessDescriptions", "BPD001", "Business Process Descriptions", "InReview", "0.9", "BPRWG", ALL,
      ("BPM001",), specifies=("processes",)),
    A("LogicalInterfaceSpecification", "DES101", "Logical Interface Specification", "Approved", "1.0", "TDWG", (ECS,),
      ("DES138", "DES140", "BPM001", "DES142"), specifies=("interfaces", "publications")),
    A("VolumeModel", "DES160", "Volume Model", "Draft", "0.2", "TDWG", (ECS,), ("DES138",),
      describes=("interface:IF-041", "interface:IF-045", "interface:IF-051", "interface:IF-053",
                 "interface:IF-063")),
    A("InterfaceList", "DES138", "Interface Catalogue", "Approved", "1.0", "TDWG", (ECS,), ("BPM001",),
      specifies=("interfaces", "publications"), real=True),
    A("DataItemCatalogue", "DES140", "Data Item Catalogue", "Approved", "1.0", "TDWG", (ECS,), ("DES145",),
      specifies=("data-items",)),
    A("ProcessList", "DES100", "Process List", "Approved", "1.0", "BPRWG", ALL, describes=("processes",)),
    A("MethodStatement", "METH001", "Design Method Statement", "Rejected", "0.5", "BPRWG", (REG,)),
    A("EventList", "DES142", "Event List", "Approved", "1.0", "TDWG", (ECS,), ("BPM001",), specifies=("events",)),
    A("TopicDescriptions", "DES150", "DIP Topic Descriptions", "Draft", "0.1", "TDWG", (ECS,), ("DES138", "DES142"),
      describes=("publications",)),
    A("SecurityImpactAssessment", "SIA001", "Security Impact Assessment", "InReview", "0.8", "Security-WG", (ECS,),
      ("DES138", "DES140")),
    A("LogicalDataModel", "DES145", "Logical Data Model", "InReview", "0.9", "TDWG", (ECS,),
      describes=("data-items:1-40",)),
    # Physical Design
    A("FunctionalSpecification", "FSP001", "Functional Specification", "Draft", "0.2", "BPRWG", (REG, ECS),
      ("BRS003", "BPD001")),
    A("OperationalChoreography", "OPC001", "Operational Choreography", "InReview", "0.9", "TDWG", (SMART, ADVANCED),
      ("BPM001", "DES142", "E2E001"),
      describes=tuple(f"interface:IF-{n:03d}" for n in (31, 32, 33, 34, 35, 36, 37, 41)), real=True),
    A("E2ESolutionArchitecture", "E2E001", "End to End Solution Architecture", "Approved", "1.0", "TDWG", (ECS,),
      ("BRS003", "NFR001", "DES138"), real=True),
    A("PhysicalInterfaceSpecification", "E2E003", "Physical Interface Specification", "InReview", "0.9", "TDWG",
      (ECS,), ("DES101", "E2E001"), specifies=("interfaces", "publications"), real=True),
    A("DIPTechnicalDesign", "DIP001", "DIP Technical Design", "Draft", "0.3", "TDWG", (ECS,),
      ("E2E001", "E2E003", "SPR001")),
    A("SecurityAndPrivacyRequirements", "SPR001", "Security & Privacy Requirements", "InReview", "0.9", "Security-WG",
      (ECS,), ("SIA001",), specifies=("requirements:SEC",)),
    A("SecurityDesign", "SDS001", "Security Design", "Draft", "0.1", "Security-WG", (ECS,),
      ("SPR001", "SIA001", "E2E001")),
    A("TransitionReleaseApproach", "TRA001", "Transition Release Approach", "Draft", "0.2", "TDWG", (REG, ECS),
      ("E2E001",)),
    A("TestingApproach", "TST001", "Testing Approach", "InReview", "0.9", "TDWG", (ECS,), ("E2E001", "FSP001")),
    A("CodeOfConnection", "COC001", "DIP Code of Connection", "Draft", "0.1", "Security-WG", (ECS,),
      ("SDS001", "DIP001")),
    A("SwaggerAndAPIDefinitions", "API001", "Swagger and API Definitions", "Draft", "0.1", "TDWG", (ECS,),
      ("E2E003",), specifies=("interfaces", "publications")),
    # Delivery
    A("ParticipantGuides", "PG001", "Participant Guide", "Draft", "0.1", "BPRWG", (SMART, ADVANCED, UMS),
      ("BPD001", "E2E003", "COC001"),
      describes=("process:BP001", "process:BP002", "process:BP003", "process:BP009", "process:BP031")),
    A("DesignAndBuildPlan", "DBP001", "Design and Build Plan", "Draft", "0.3", "TDWG", ALL, ("TRA001",)),
    A("TestingPlan", "TSP001", "Testing Plan", "Draft", "0.1", "TDWG", (ECS,), ("TST001",)),
    A("ImplementationPlan", "IMP001", "Implementation Plan", "Draft", "0.1", "TDWG", (REG, ECS),
      ("TRA001", "DBP001", "TSP001")),
    A("DesignImplementation", "DIM001", "Design Implementation", "Draft", "0.1", "TDWG", (SMART, ADVANCED, UMS),
      ("E2E003", "FSP001")),
    # Other
    A("IssuesLog", "ISS001", "Design Issues Log", "Draft", "0.4", "BPRWG", ALL),
    A("AssumptionsAndDecisionsLog", "ADL001", "Design Assumptions and Decisions Log", "Draft", "0.4", "TDWG", ALL),
    A("CodeChangeOrModificationProposals", "CCP001", "Code Change Proposals", "Draft", "0.1", "BPRWG", (REG, ECS),
      ("BPD001", "BRS003")),
    A("BSCProcedures", "BSCP001", "BSC Procedures for MHHS Settlement", "Draft", "0.1", "BPRWG", (ECS,),
      ("BPD001", "CCP001"),
      describes=tuple(f"process:BP{n:03d}" for n in (97, 98, 99, 100, 101, 102, 111))),
    A("ServiceDescriptions", "SVD001", "Service Descriptions", "Draft", "0.1", "BPRWG", (SMART, ADVANCED, UMS),
      ("BRS003", "FSP001")),
]
