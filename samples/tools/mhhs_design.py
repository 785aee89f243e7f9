"""The illustrative MHHS design content: business processes, data items, interfaces, publications,
events and requirements.

Everything here is invented for illustration (and written with dr:illustrative true), except what the
FACT_* sets and the source fields say a public source states. Numbers are the catalogue numbers,
written out as BP009, DI-037, IF-033 and so on by the generator.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Workstream keys (the five workstreams of the seed).
SMART, ADVANCED, UMS, REG, ECS = "Smart", "Advanced", "UMS", "Registrations", "Elexon-Central-Systems"

SOURCE_PROCESSES = "MHHS business process diagrams, public MHHS design documentation"
SOURCE_INTERFACES = "MHHS Interface Catalogue (DES138), public MHHS design documentation"
SOURCE_DATA = "MHHS Data Item Catalogue and data concepts, public MHHS design documentation"


@dataclass(frozen=True)
class Process:
    number: int
    label: str
    owners: tuple[str, ...]
    source: str | None = None  # set where a source states the number and name


# 120 business processes, as the seed counts them. BP002, BP003 and BP009 carry their real names.
PROCESSES = [
    # Registrations
    Process(1, "Change of Supplier", (REG,)),
    Process(2, "Change of Service - Metering Service", (REG,), SOURCE_PROCESSES),
    Process(3, "Change of Service - Data Service", (REG,), SOURCE_PROCESSES),
    Process(4, "New Connection Registration", (REG,)),
    Process(5, "Disconnection of Metering Point", (REG,)),
    Process(6, "Change of Energisation Status", (REG,)),
    Process(7, "Change of Market Segment", (REG,)),
    Process(8, "Change of Connection Type", (REG,)),
    Process(9, "Change of Meter", (SMART, ADVANCED), SOURCE_PROCESSES),
    Process(10, "Erroneous Transfer Resolution", (REG,)),
    Process(11, "Objection to Change of Supplier", (REG,)),
    Process(12, "Withdrawal of Registration Request", (REG,)),
    Process(13, "Change of DUoS Tariff", (REG,)),
    Process(14, "Change of GSP Group", (REG,)),
    Process(15, "Maintain Metering Point Address", (REG,)),
    Process(16, "Related Metering Point Maintenance", (REG,)),
    Process(17, "Change of Energy Direction", (REG,)),
    Process(18, "Change of Domestic Premises Indicator", (REG,)),
    Process(19, "Co-ordinated Change of Supplier and Services", (REG,)),
    Process(20, "Registration Data Reconciliation with CSS", (REG,)),
    Process(21, "Service Appointment Rejection", (REG,)),
    Process(22, "Service De-appointment", (REG,)),
    Process(23, "Supplier of Last Resort Transfer", (REG,)),
    Process(24, "Creation of Metering Point by LDSO", (REG,)),
    Process(25, "Change of Metering Point Attributes by LDSO", (REG,)),
    Process(26, "Registration Data Dispute", (REG,)),
    Process(27, "Maintain Industry Standing Data", (REG, ECS)),
    Process(28, "Market Participant Registration", (REG,)),
    Process(29, "Change of Standard Settlement Configuration", (REG,)),
    Process(30, "Migration of Metering Point to MHHS Arrangements", (REG,)),
    # Smart
    Process(31, "Smart Meter Installation", (SMART,)),
    Process(32, "Smart Meter Commissioning", (SMART,)),
    Process(33, "Smart Meter Exchange", (SMART,)),
    Process(34, "Smart Meter Removal", (SMART,)),
    Process(35, "Smart Meter Configuration for Half-Hourly Data", (SMART,)),
    Process(36, "Retrieve Half-Hourly Consumption Data from DCC", (SMART,)),
    Process(37, "Retrieve Register Reads (Smart)", (SMART,)),
    Process(38, "Validate Smart Half-Hourly Data", (SMART,)),
    Process(39, "Estimate Missing Smart Half-Hourly Data", (SMART,)),
    Process(40, "Process Change of Supplier Reading (Smart)", (SMART,)),
    Process(41, "Process Onsite Reading (Smart)", (SMART,)),
    Process(42, "Change of Consent Granularity", (SMART,)),
    Process(43, "Smart Meter Communications Failure Handling", (SMART,)),
    Process(44, "Revert Smart Meter to Traditional Operation", (SMART,)),
    Process(45, "Smart Meter Clock Exception Handling", (SMART,)),
    Process(46, "DCC Service Flag Update", (SMART,)),
    Process(47, "Smart Metering Data Re-request", (SMART,)),
    Process(48, "Smart Export Data Collection", (SMART,)),
    Process(49, "Smart Prepayment Meter Reading", (SMART,)),
    Process(50, "Smart Meter Reading Dispute", (SMART,)),
    Process(51, "Smart Reading Replacement", (SMART,)),
    Process(52, "Smart Consumption Submission to Volume Allocation", (SMART,)),
    Process(53, "Smart Meter Firmware Change Notification", (SMART,)),
    Process(54, "SMSO Change Notification", (SMART,)),
    Process(55, "Smart Meter Type Change Notification", (SMART,)),
    Process(56, "Smart Segment Data Quality Monitoring", (SMART,)),
    Process(57, "Smart Reading Window Expiry", (SMART,)),
    Process(58, "Remote Energisation of Smart Meter", (SMART,)),
    # Advanced
    Process(59, "Advanced Meter Installation", (ADVANCED,)),
    Process(60, "Advanced Meter Exchange", (ADVANCED,)),
    Process(61, "Advanced Meter Removal", (ADVANCED,)),
    Process(62, "Advanced Meter Commissioning", (ADVANCED,)),
    Process(63, "Retrieve Advanced Half-Hourly Data", (ADVANCED,)),
    Process(64, "Validate Advanced Half-Hourly Data", (ADVANCED,)),
    Process(65, "Estimate Missing Advanced Data", (ADVANCED,)),
    Process(66, "Advanced Meter Technical Details Update", (ADVANCED,)),
    Process(67, "Advanced Meter Proving Test", (ADVANCED,)),
    Process(68, "Current Transformer Ratio Change", (ADVANCED,)),
    Process(69, "Advanced Consumption Submission to Volume Allocation", (ADVANCED,)),
    Process(70, "Advanced Meter Reading Dispute", (ADVANCED,)),
    Process(71, "Advanced Meter Fault Resolution", (ADVANCED,)),
    Process(72, "Advanced Meter Clock Reset", (ADVANCED,)),
    Process(73, "Advanced Export Metering Installation", (ADVANCED,)),
    Process(74, "Change of Measurement Quantity", (ADVANCED,)),
    Process(75, "Advanced Site Visit Reading", (ADVANCED,)),
    Process(76, "Line Loss Factor Class Maintenance", (ADVANCED, REG)),
    Process(77, "Advanced Meter Communications Method Change", (ADVANCED,)),
    Process(78, "Advanced Data Replacement after Revalidation", (ADVANCED,)),
    Process(79, "Advanced Segment Performance Reporting", (ADVANCED,)),
    Process(80, "Complex Site Metering Maintenance", (ADVANCED,)),
    # Unmetered Supplies
    Process(81, "Unmetered Supplies Inventory Submission", (UMS,)),
    Process(82, "Unmetered Supplies Inventory Validation", (UMS,)),
    Process(83, "Unmetered Supplies Inventory Change", (UMS,)),
    Process(84, "Unmetered Supplies Certificate Issue", (UMS,)),
    Process(85, "Equivalent Meter Consumption Calculation", (UMS,)),
    Process(86, "Photo-Electric Control Unit Switching Data Maintenance", (UMS,)),
    Process(87, "Central Management System Data Submission", (UMS,)),
    Process(88, "Unmetered Consumption Submission to Volume Allocation", (UMS,)),
    Process(89, "Unmetered Supplies Inventory Audit", (UMS,)),
    Process(90, "New Unmetered Connection", (UMS, REG)),
    Process(91, "Unmetered Supply Disconnection", (UMS, REG)),
    Process(92, "Unmetered Supplies Charge Code Maintenance", (UMS,)),
    Process(93, "Unmetered Supplies Operational Information Update", (UMS,)),
    Process(94, "Unmetered Supplies Dispute Resolution", (UMS,)),
    # Elexon Central Systems
    Process(95, "Load Shape Calculation", (ECS,)),
    Process(96, "Load Shape Publication", (ECS,)),
    Process(97, "Volume Allocation Run", (ECS,)),
    Process(98, "Settlement Timetable Management", (ECS,)),
    Process(99, "Initial Settlement Run", (ECS,)),
    Process(100, "Reconciliation Settlement Run", (ECS,)),
    Process(101, "Post-Final Settlement Run", (ECS,)),
    Process(102, "GSP Group Correction", (ECS,)),
    Process(103, "Line Loss Adjustment", (ECS,)),
    Process(104, "Supplier Volume Reporting", (ECS,)),
    Process(105, "DUoS Volume Reporting to LDSO", (ECS,)),
    Process(106, "BM Unit Volume Reporting", (ECS,)),
    Process(107, "Market-wide Data Service Reporting", (ECS,)),
    Process(108, "Industry Standing Data Publication", (ECS,)),
    Process(109, "Annual Consumption Calculation", (ECS, SMART, ADVANCED, UMS)),
    Process(110, "Settlement Performance Assurance Reporting", (ECS,)),
    Process(111, "Trading Dispute", (ECS,)),
    Process(112, "Volume Allocation Exception Handling", (ECS,)),
    Process(113, "Data Integration Platform Onboarding", (ECS,)),
    Process(114, "DIP Message Exception Handling", (ECS,)),
    Process(115, "DIP Participant Certificate Management", (ECS,)),
    Process(116, "Unresolved Consumption Data Reporting", (ECS,)),
    Process(117, "Default Data Substitution", (ECS,)),
    Process(118, "Settlement Calendar Publication", (ECS,)),
    Process(119, "Market Participant Role Code Maintenance", (ECS,)),
    Process(120, "Migration Reporting", (ECS, REG)),
]


@dataclass(frozen=True)
class DataItem:
    number: int
    label: str
    data_format: str
    source: str | None = None  # set where a source states the concept (the number is still invented)
    comment: str | None = None


# Data items. DI-037 is a fact in full; the others marked with SOURCE_DATA are real data concepts under
# invented numbers and formats.
DATA_ITEMS = [
    DataItem(1, "MPAN Core", "NUM(13)", SOURCE_DATA, "The 13-digit core of the Meter Point Administration Number."),
    DataItem(2, "Market Segment Indicator", "CHAR(1)", SOURCE_DATA, "Smart, Advanced or Unmetered."),
    DataItem(3, "Connection Type Indicator", "CHAR(1)", SOURCE_DATA),
    DataItem(4, "Energy Direction", "CHAR(1)", SOURCE_DATA, "Import or export."),
    DataItem(5, "Energisation Status", "CHAR(1)", SOURCE_DATA),
    DataItem(6, "Energisation Status Effective From Date", "DATE"),
    DataItem(7, "DUoS Tariff ID", "VARCHAR(10)", SOURCE_DATA),
    DataItem(8, "Profile Class ID", "NUM(2)", SOURCE_DATA),
    DataItem(9, "Standard Settlement Configuration ID", "CHAR(4)", SOURCE_DATA),
    DataItem(10, "DCC Service Flag", "CHAR(1)", SOURCE_DATA),
    DataItem(11, "SMSO ID", "CHAR(4)", SOURCE_DATA, "The Smart Metering System Operator."),
    DataItem(12, "Meter ID", "VARCHAR(10)", SOURCE_DATA),
    DataItem(13, "Meter Type", "VARCHAR(5)", SOURCE_DATA),
    DataItem(14, "Cumulative Register Reading", "DECIMAL(10,1)", SOURCE_DATA),
    DataItem(15, "Register Reading Date-Time", "DATETIME", SOURCE_DATA),
    DataItem(16, "Reading Method", "CHAR(1)", SOURCE_DATA),
    DataItem(17, "Annual Consumption", "DECIMAL(14,1)", SOURCE_DATA, "Replaces the Estimated Annual Consumption."),
    DataItem(18, "Settlement Period", "NUM(2)", SOURCE_DATA, "A half-hour period of the settlement day, 1 to 50."),
    DataItem(19, "Settlement Date", "DATE"),
    DataItem(20, "Load Shape Value", "DECIMAL(10,6)", SOURCE_DATA),
    DataItem(21, "Market Participant Role Code", "CHAR(1)", SOURCE_DATA,
             "One character when the design began; see CR001 for the change to two characters."),
    DataItem(22, "Market Participant ID", "CHAR(4)"),
    DataItem(23, "Supplier ID", "CHAR(4)"),
    DataItem(24, "Registration Effective From Date", "DATE"),
    DataItem(25, "Metering Service ID", "CHAR(4)"),
    DataItem(26, "Data Service ID", "CHAR(4)"),
    DataItem(27, "Appointment Effective From Date", "DATE"),
    DataItem(28, "Appointment Request ID", "UUID"),
    DataItem(29, "Appointment Rejection Reason Code", "CHAR(2)"),
    DataItem(30, "LDSO ID", "CHAR(4)"),
    DataItem(31, "Metering Point Address", "VARCHAR(400)"),
    DataItem(32, "Metering Point Postcode", "VARCHAR(10)"),
    DataItem(33, "Unique Property Reference Number", "NUM(12)"),
    DataItem(34, "Domestic Premises Indicator", "BOOLEAN"),
    DataItem(35, "Line Loss Factor Class ID", "CHAR(3)"),
    DataItem(36, "Related MPAN Core", "NUM(13)"),
    DataItem(37, "GSP Group ID", "CHAR(2)", SOURCE_DATA,
             "The Grid Supply Point group (region) of a metering point; values _A to _P."),
    DataItem(38, "Metering Point Effective From Date", "DATE"),
    DataItem(39, "Disconnection Date", "DATE"),
    DataItem(40, "CSS Switch Request ID", "VARCHAR(36)"),
    DataItem(41, "Registration Status", "CHAR(1)"),
    DataItem(42, "Erroneous Transfer Reference", "VARCHAR(20)"),
    DataItem(43, "Objection Reason Code", "CHAR(2)"),
    DataItem(44, "Meter Register ID", "CHAR(2)"),
    DataItem(45, "Time Pattern Regime", "CHAR(5)"),
    DataItem(46, "Meter Register Multiplier", "DECIMAL(10,5)"),
    DataItem(47, "Number of Register Digits", "NUM(2)"),
    DataItem(48, "Measurement Quantity ID", "CHAR(2)"),
    DataItem(49, "Meter Installation Date", "DATE"),
    DataItem(50, "Meter Removal Date", "DATE"),
    DataItem(51, "Meter Manufacturer and Model", "VARCHAR(30)"),
    DataItem(52, "Meter Location", "VARCHAR(30)"),
    DataItem(53, "Current Transformer Ratio", "VARCHAR(10)"),
    DataItem(54, "Voltage Transformer Ratio", "VARCHAR(10)"),
    DataItem(55, "Outstation ID", "VARCHAR(10)"),
    DataItem(56, "Outstation Type", "CHAR(3)"),
    DataItem(57, "Communications Method", "CHAR(3)"),
    DataItem(58, "Consent Granularity", "CHAR(1)"),
    DataItem(59, "Consent Indicator", "BOOLEAN"),
    DataItem(60, "Period Consumption Value", "DECIMAL(10,3)"),
    DataItem(61, "Actual or Estimated Flag", "CHAR(1)"),
    DataItem(62, "Estimation Method Code", "CHAR(2)"),
    DataItem(63, "Validation Result Code", "CHAR(2)"),
    DataItem(64, "Reading Type", "CHAR(1)"),
    DataItem(65, "Reading Replacement Reason", "CHAR(2)"),
    DataItem(66, "Reading Window Start Date", "DATE"),
    DataItem(67, "Reading Window End Date", "DATE"),
    DataItem(68, "Smart Device ID", "CHAR(23)"),
    DataItem(69, "Communications Hub ID", "CHAR(23)"),
    DataItem(70, "Meter Firmware Version", "VARCHAR(20)"),
    DataItem(71, "Prepayment Mode Indicator", "BOOLEAN"),
    DataItem(72, "Tariff Register Mapping", "VARCHAR(50)"),
    DataItem(73, "Daily Consumption Total", "DECIMAL(12,3)"),
    DataItem(74, "Maximum Demand", "DECIMAL(10,3)"),
    DataItem(75, "Reactive Power Value", "DECIMAL(10,3)"),
    DataItem(76, "Meter Proving Test Result", "CHAR(1)"),
    DataItem(77, "Site Visit Date", "DATE"),
    DataItem(78, "Site Visit Check Code", "CHAR(2)"),
    DataItem(79, "Meter Fault Code", "CHAR(3)"),
    DataItem(80, "Clock Offset Seconds", "NUM(6)"),
    DataItem(81, "Site Visit Outcome", "CHAR(2)"),
    DataItem(82, "Meter Operation Type", "CHAR(1)"),
    DataItem(83, "Meter Asset Provider ID", "CHAR(4)"),
    DataItem(84, "UMS Inventory ID", "VARCHAR(20)"),
    DataItem(85, "UMS Charge Code", "CHAR(13)"),
    DataItem(86, "UMS Switch Regime", "NUM(3)"),
    DataItem(87, "UMS Item Count", "NUM(8)"),
    DataItem(88, "UMS Circuit Watts", "DECIMAL(8,2)"),
    DataItem(89, "UMS Operational Hours", "DECIMAL(6,2)"),
    DataItem(90, "Equivalent Meter Consumption", "DECIMAL(12,3)"),
    DataItem(91, "Photo-Electric Control Unit Type", "CHAR(3)"),
    DataItem(92, "Central Management System ID", "VARCHAR(10)"),
    DataItem(93, "Dimming Profile ID", "VARCHAR(10)"),
    DataItem(94, "UMS Certificate Number", "VARCHAR(20)"),
    DataItem(95, "UMS Certificate Expiry Date", "DATE"),
    DataItem(96, "Unmetered Supplies Operator ID", "CHAR(4)"),
    DataItem(97, "Inventory Effective From Date", "DATE"),
    DataItem(98, "Load Shape Category ID", "CHAR(3)", SOURCE_DATA),
    DataItem(99, "Load Shape Publication Date", "DATE"),
    DataItem(100, "Settlement Run Type", "CHAR(2)"),
    DataItem(101, "Settlement Run Number", "NUM(3)"),
    DataItem(102, "Allocated Volume", "DECIMAL(14,3)"),
    DataItem(103, "GSP Group Take", "DECIMAL(14,3)"),
    DataItem(104, "GSP Group Correction Factor", "DECIMAL(10,6)"),
    DataItem(105, "Line Loss Factor", "DECIMAL(8,6)"),
    DataItem(106, "Supplier Volume Total", "DECIMAL(16,3)"),
    DataItem(107, "Consumption Component Class ID", "CHAR(2)"),
    DataItem(108, "Allocation Data Quality Indicator", "CHAR(1)"),
    DataItem(109, "Default Data Flag", "BOOLEAN"),
    DataItem(110, "Settlement Timetable Date", "DATE"),
    DataItem(111, "Payment Date", "DATE"),
    DataItem(112, "Trading Dispute Reference", "VARCHAR(20)"),
    DataItem(113, "Market-wide Data Report Type", "CHAR(3)"),
    DataItem(114, "Industry Standing Data Entity ID", "CHAR(4)", SOURCE_DATA,
             "Industry Standing Data has 34 entities and replaces Market Domain Data."),
    DataItem(115, "Industry Standing Data Effective From Date", "DATE"),
    DataItem(116, "Industry Standing Data Version", "VARCHAR(10)"),
    DataItem(117, "Market Participant Name", "VARCHAR(40)"),
    DataItem(118, "Market Participant Role Effective From Date", "DATE"),
    DataItem(119, "DIP Message ID", "UUID"),
    DataItem(120, "DIP Event Code", "VARCHAR(40)"),
    DataItem(121, "DIP Publication Timestamp", "DATETIME"),
    DataItem(122, "Sender Market Participant ID", "CHAR(4)"),
    DataItem(123, "Recipient Market Participant ID", "CHAR(4)"),
    DataItem(124, "DIP Correlation ID", "UUID"),
    DataItem(125, "Schema Version", "VARCHAR(10)"),
    DataItem(126, "Exception Code", "CHAR(4)"),
    DataItem(127, "Participant Certificate Thumbprint", "CHAR(64)"),
    DataItem(128, "Migration Cohort ID", "VARCHAR(10)"),
    DataItem(129, "Migration Status", "CHAR(2)"),
    DataItem(130, "Migration Effective Date", "DATE"),
    DataItem(131, "Supplier of Last Resort Indicator", "BOOLEAN"),
    DataItem(132, "Change of Occupancy Indicator", "BOOLEAN"),
    DataItem(133, "Occupancy Effective From Date", "DATE"),
    DataItem(134, "Performance Measure ID", "VARCHAR(10)"),
    DataItem(135, "Performance Measure Value", "DECIMAL(8,3)"),
    DataItem(136, "Unresolved Consumption Reason Code", "CHAR(2)"),
    DataItem(137, "Reporting Period Start Date", "DATE"),
    DataItem(138, "Reporting Period End Date", "DATE"),
    DataItem(139, "DUoS Volume", "DECIMAL(14,3)"),
    DataItem(140, "Transmission Loss Multiplier", "DECIMAL(8,6)"),
    DataItem(141, "BM Unit ID", "VARCHAR(11)"),
    DataItem(142, "Secondary BM Unit ID", "VARCHAR(11)"),
    DataItem(143, "CSS Registration ID", "VARCHAR(36)"),
    DataItem(144, "Metering Point Change Reason", "CHAR(2)"),
    DataItem(145, "De-appointment Effective Date", "DATE"),
    DataItem(146, "Appointment Status", "CHAR(1)"),
    DataItem(147, "Register Reading Sequence Type", "CHAR(1)"),
    DataItem(148, "Meter Exchange Reference", "VARCHAR(20)"),
    DataItem(149, "Site Access Restriction Code", "CHAR(2)"),
    DataItem(150, "Market Segment Effective From Date", "DATE"),
    DataItem(151, "Connection Type Effective From Date", "DATE"),
    DataItem(152, "Energy Direction Effective From Date", "DATE"),
    DataItem(153, "Consent Effective From Date", "DATE"),
    DataItem(154, "Supplier Effective To Date", "DATE"),
    DataItem(155, "Metering Point Status", "CHAR(1)"),
    DataItem(156, "Objection Deadline", "DATETIME"),
    DataItem(157, "DIP Publication ID", "UUID"),
]

# The data items a fact source states in full: number, name and format.
FACT_DATA_ITEMS = {37}

# Carried by every interface: the DIP message header.
HEADER = (119, 122, 21)

# Role keys (market-role identifiers).
SUP, REGS, MSS, MSA = "SUP", "REGS", "MSS", "MSA"
SDS, ADS, UMSDS = "Smart-Data-Service", "Advanced-Data-Service", "Unmetered-Supplies-Data-Service"
LSS, VAS, MDS, DIP, LDSO, CSS, DCC = "LSS", "VAS", "MDS", "DIP", "LDSO", "CSS", "DCC"
MA, UMSO = "Meter-Administrator", "Unmetered-Supplies-Operator"
DATA_SERVICES = (SDS, ADS, UMSDS)


@dataclass(frozen=True)
class Interface:
    number: int
    label: str
    senders: tuple[str, ...]
    receivers: tuple[str, ...]
    events: tuple[str, ...]
    data_items: tuple[int, ...]
    owner: str
    used_by: tuple[int, ...]
    source: str | None = None  # set where a source states the number, name, roles and events


@dataclass(frozen=True)
class Publication:
    interface: int  # PUB-nnn carries the number of the interface it publishes
    label: str
    receivers: tuple[str, ...]
    used_by: tuple[int, ...]
    source: str | None = None


@dataclass(frozen=True)
class Event:
    code: str
    label: str
    source: str | None = None


I = Interface
INTERFACES = [
    # Registrations
    I(1, "Registration Event from CSS", (CSS,), (REGS,), ("CssRegistrationEvent",),
      (1, 23, 24, 40, 143), REG, (1, 11, 12, 19, 23)),
    I(2, "Supplier Registration Confirmation", (REGS,), (SUP,), ("SupplierRegistrationConfirmed",),
      (1, 23, 24, 143, 37, 2), REG, (1, 19, 23)),
    I(3, "Loss of Registration Notification", (REGS,), (SUP,), ("SupplierRegistrationLost",),
      (1, 23, 24, 154, 143), REG, (1, 10)),
    I(4, "Metering Point Creation", (LDSO,), (REGS,), ("MeteringPointCreated",),
      (1, 30, 31, 32, 33, 37, 3, 4, 7, 35, 38, 34), REG, (24, 4, 90)),
    I(5, "Metering Point Attribute Update", (LDSO,), (REGS,), ("MeteringPointUpdated",),
      (1, 30, 3, 4, 7, 35, 37, 144, 38), REG, (25, 76)),
    I(6, "Metering Point Details Notification", (REGS,), (SUP,), ("MeteringPointDetailsChanged",),
      (1, 2, 3, 4, 5, 7, 37, 35, 31, 32, 36, 38, 155), REG, (4, 13, 14, 15, 25)),
    I(7, "Energisation Status Change Request", (SUP,), (REGS,), ("EnergisationChangeRequested",),
      (1, 5, 6, 23), REG, (6, 58)),
    I(8, "Energisation Status Notification", (REGS,), (LDSO,), ("EnergisationStatusChanged",),
      (1, 5, 6, 37), REG, (6, 5, 58)),
    I(9, "Market Segment Change Request", (SUP,), (REGS,), ("SegmentChangeRequested",),
      (1, 2, 150, 23), REG, (7,)),
    I(10, "Market Segment Change Notification", (REGS,), DATA_SERVICES, ("MarketSegmentChanged",),
      (1, 2, 150, 37), REG, (7, 30)),
    I(11, "Connection Type Change Notification", (LDSO,), (REGS,), ("ConnectionTypeChanged",),
      (1, 3, 151, 30), REG, (8,)),
    I(12, "DUoS Tariff Change Notification", (LDSO,), (REGS,), ("DuosTariffChanged",),
      (1, 7, 35, 30), REG, (13, 76)),
    I(13, "GSP Group Change Notification", (LDSO,), (REGS,), ("GspGroupChanged",),
      (1, 37, 38, 30), REG, (14,)),
    I(14, "Metering Point Address Update", (LDSO,), (REGS,), ("MeteringPointAddressChanged",),
      (1, 31, 32, 33), REG, (15,)),
    I(15, "Related Metering Point Notification", (REGS,), (SUP,), ("RelatedMpanChanged",),
      (1, 36, 4), REG, (16,)),
    I(16, "Energy Direction Change Notification", (LDSO,), (REGS,), ("EnergyDirectionChanged",),
      (1, 4, 152), REG, (17, 73)),
    I(17, "Domestic Premises Indicator Update", (SUP,), (REGS,), ("DomesticPremisesChanged",),
      (1, 34), REG, (18,)),
    I(18, "Erroneous Transfer Notification", (SUP,), (REGS,), ("ErroneousTransferRaised",),
      (1, 42, 23, 24), REG, (10,)),
    I(19, "Registration Data Synchronisation", (REGS,), (CSS,), ("RegistrationDataSynchronised",),
      (1, 37, 2, 5, 3, 143, 155), REG, (20, 4)),
    I(20, "Registration Discrepancy Notification", (CSS,), (REGS,), ("RegistrationDiscrepancyFound",),
      (1, 143, 144), REG, (20, 26)),
    I(21, "Disconnection Notification", (LDSO,), (REGS,), ("MeteringPointDisconnected",),
      (1, 39, 30), REG, (5, 91)),
    I(22, "Supplier of Last Resort Notification", (REGS,), (SUP,), ("SupplierOfLastResortAppointed",),
      (1, 23, 131, 24), REG, (23,)),
    I(23, "Industry Standing Data Update", (MDS,), (REGS,), ("IndustryStandingDataChanged",),
      (114, 115, 116, 37, 35, 9), ECS, (27, 108, 29)),
    I(24, "Market Participant Registration Notification", (MDS,), (REGS,), ("MarketParticipantRegistered",),
      (22, 21, 117, 118), ECS, (28,)),
    I(25, "Migration Request", (SUP,), (REGS,), ("MigrationRequested",),
      (1, 128, 130, 2), REG, (30,)),
    I(26, "Migration Status Notification", (REGS,), (SUP,), ("MigrationStatusChanged",),
      (1, 128, 129, 130), REG, (30, 120)),
    I(27, "Change of Supplier Reading Request", (SUP,), (SDS, ADS), ("CosReadingRequested",),
      (1, 23, 24), REG, (1, 40)),
    I(28, "Change of Occupancy Notification", (SUP,), (REGS,), ("ChangeOfOccupancy",),
      (1, 132, 133), REG, (1,)),
    I(29, "Supplier Objection", (SUP,), (CSS,), ("SupplierObjectionRaised",),
      (1, 43, 40, 156), REG, (11,)),
    I(30, "Registration Withdrawal", (SUP,), (CSS,), ("RegistrationWithdrawn",),
      (1, 40, 23), REG, (12,)),
    # Appointments
    I(31, "Service Appointment Request from Supplier", (SUP,), (REGS,), ("ServiceAppointmentRequested",),
      (1, 23, 25, 26, 27, 28), REG, (2, 3, 19)),
    I(32, "Data Service Appointment Request", (REGS,), DATA_SERVICES, ("DSAppSPRequest",),
      (1, 26, 27, 28, 2, 37, 3, 4), REG, (3, 19)),
    I(33, "Metering Service Appointment Request", (REGS,), (MSS, MSA), ("MSAppSPRequest",),
      (1, 25, 27, 28, 2, 37, 5), REG, (2, 19), SOURCE_INTERFACES),
    I(34, "Appointment Rejection", (MSS, MSA, SDS, ADS), (REGS,), ("AppointmentRejected",),
      (1, 28, 29), REG, (21,)),
    I(35, "Metering Service Appointment Accepted", (MSS, MSA), (REGS,), ("MSAppAccepted",),
      (1, 25, 27, 28, 146), REG, (2, 19), SOURCE_INTERFACES),
    I(36, "Data Service Appointment Accepted", DATA_SERVICES, (REGS,), ("DSAppAccepted",),
      (1, 26, 27, 28, 146), REG, (3, 19)),
    I(37, "Service De-appointment Notification", (REGS,), (MSS, MSA, SDS, ADS), ("ServiceDeappointed",),
      (1, 25, 26, 145), REG, (22, 2, 3)),
    I(38, "Meter Technical Details", (MSS, MSA), (SDS, ADS), ("MeterTechnicalDetails",),
      (1, 12, 13, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54), SMART, (31, 59, 66, 9, 74)),
    I(39, "Meter Exchange Notification", (MSS, MSA), (SUP, SDS, ADS), ("MeterExchanged",),
      (1, 12, 13, 49, 50, 82, 148), SMART, (9, 33, 60)),
    I(40, "Meter Removal Notification", (MSS, MSA), (SUP, SDS, ADS), ("MeterRemoved",),
      (1, 12, 50, 82), SMART, (34, 61, 5)),
    I(41, "Meter Register Reads", (SUP, MSS), (SDS,), ("ReadingCos", "ReadingOnsite"),
      (1, 12, 44, 14, 15, 16, 64, 147), SMART, (40, 41, 9, 33, 49), SOURCE_INTERFACES),
    I(42, "Validated Register Reads", (SDS,), (SUP,), ("RegisterReadsValidated",),
      (1, 12, 44, 14, 15, 16, 63), SMART, (37, 40, 41, 57)),
    I(43, "Reading Rejection Notification", (SDS,), (SUP, MSS), ("ReadingRejected",),
      (1, 12, 14, 63, 65), SMART, (50, 51)),
    I(44, "Consumption Data Request to DCC", (SDS,), (DCC,), ("DccConsumptionRequest",),
      (1, 68, 19, 58, 66, 67), SMART, (36, 47, 57)),
    I(45, "Consumption Data Response from DCC", (DCC,), (SDS,), ("DccConsumptionResponse",),
      (1, 68, 18, 19, 60, 73), SMART, (36, 47, 48, 49)),
    I(46, "Smart Meter Commissioned Notification", (MSS,), (SDS, SUP), ("SmartMeterCommissioned",),
      (1, 12, 13, 68, 69, 70, 71, 72, 10, 11, 49), SMART, (31, 32, 35, 53, 55)),
    I(47, "DCC Service Flag Notification", (DCC,), (REGS,), ("DccServiceFlagChanged",),
      (1, 10, 11), SMART, (46,)),
    I(48, "SMSO Change Notification", (SUP,), (REGS,), ("SmsoChanged",),
      (1, 11, 23), SMART, (54,)),
    I(49, "Consent Granularity Change", (SUP,), (SDS,), ("ConsentGranularityChanged",),
      (1, 58, 59, 153), SMART, (42, 35)),
    I(50, "Smart Communications Failure Notification", (SDS,), (SUP, MSS), ("SmartCommsFailure",),
      (1, 12, 68, 57), SMART, (43, 44, 45)),
    I(51, "Smart Consumption Submission", (SDS,), (VAS,), ("SmartConsumptionSubmitted",),
      (1, 37, 2, 4, 18, 19, 60, 61, 62, 107), SMART, (52, 38, 39, 97)),
    I(52, "Smart Data Quality Report", (SDS,), (SUP,), ("SmartDataQualityReported",),
      (1, 134, 135, 137, 138), SMART, (56,)),
    # Advanced
    I(53, "Advanced Consumption Submission", (ADS,), (VAS,), ("AdvancedConsumptionSubmitted",),
      (1, 37, 2, 4, 18, 19, 60, 61, 62, 75, 107), ADVANCED, (69, 63, 64, 65, 97)),
    I(54, "Advanced Meter Technical Details Update", (MSA,), (ADS,), ("AdvancedMeterDetailsChanged",),
      (1, 12, 53, 54, 55, 56, 57, 80), ADVANCED, (66, 68, 72, 77, 80, 62)),
    I(55, "Advanced Validation Exception", (ADS,), (SUP, MSA), ("AdvancedValidationException",),
      (1, 12, 60, 62, 63, 74), ADVANCED, (64, 71, 78, 70)),
    I(56, "Meter Proving Test Result", (MSA,), (ADS,), ("MeterProvingCompleted",),
      (1, 12, 76, 77), ADVANCED, (67,)),
    I(57, "Site Visit Report", (MSS, MSA), (SUP,), ("SiteVisitCompleted",),
      (1, 12, 77, 78, 79, 81, 149), ADVANCED, (75, 71, 41, 73)),
    # Unmetered Supplies
    I(58, "Unmetered Supplies Inventory Submission", (UMSO,), (UMSDS,), ("UmsInventorySubmitted",),
      (1, 84, 85, 86, 87, 88, 91, 96, 97), UMS, (81, 83, 90, 93)),
    I(59, "Unmetered Supplies Inventory Validation Result", (UMSDS,), (UMSO,), ("UmsInventoryValidated",),
      (1, 84, 63, 97), UMS, (82, 89, 94)),
    I(60, "Unmetered Supplies Certificate", (LDSO,), (UMSO, UMSDS), ("UmsCertificateIssued",),
      (1, 94, 95, 85, 87), UMS, (84, 92)),
    I(61, "Central Management System Data", (UMSO,), (UMSDS,), ("CmsDataSubmitted",),
      (1, 92, 93, 89, 18, 19), UMS, (87, 86)),
    I(62, "Unmetered Consumption Submission", (UMSDS,), (VAS,), ("UmsConsumptionSubmitted",),
      (1, 37, 2, 18, 19, 90, 107), UMS, (88, 85, 97)),
    # Elexon Central Systems
    I(63, "Load Shape Publication", (LSS,), (VAS,), ("LoadShapePublished",),
      (98, 37, 18, 19, 20, 99), ECS, (96, 95)),
    I(64, "Load Shaping Input Data", (VAS,), (LSS,), ("LoadShapeInputProvided",),
      (37, 18, 19, 60, 98), ECS, (95,)),
    I(65, "Supplier Volume Report", (VAS,), (SUP,), ("SupplierVolumeReported",),
      (23, 37, 19, 18, 102, 106, 100, 101, 108, 107), ECS, (104, 97, 99, 100, 101)),
    I(66, "DUoS Volume Report", (VAS,), (LDSO,), ("DuosVolumeReported",),
      (30, 37, 19, 18, 139, 7, 35, 100), ECS, (105,)),
    I(67, "BM Unit Volume Report", (VAS,), (SUP, MDS), ("BmUnitVolumeReported",),
      (141, 142, 102, 37, 19, 18, 140), ECS, (106,)),
    I(68, "GSP Group Correction Report", (VAS,), (SUP, MDS), ("GspGroupCorrectionCalculated",),
      (37, 19, 18, 103, 104, 105, 140), ECS, (102, 103)),
    I(69, "Settlement Timetable Publication", (VAS,), (SUP, LDSO) + DATA_SERVICES, ("SettlementTimetablePublished",),
      (110, 100, 101, 111), ECS, (98, 118)),
    I(70, "Market-wide Data Report", (MDS,), (SUP, LDSO), ("MarketWideDataPublished",),
      (113, 37, 19, 137, 138, 102), ECS, (107, 110)),
    I(71, "Annual Consumption Notification", DATA_SERVICES, (SUP, VAS), ("AnnualConsumptionCalculated",),
      (1, 17, 19, 37), ECS, (109,)),
    I(72, "Trading Dispute Notification", (SUP,), (VAS,), ("TradingDisputeRaised",),
      (112, 23, 19, 37), ECS, (111, 50, 70, 94)),
    I(73, "Volume Allocation Exception Report", (VAS,), DATA_SERVICES, ("AllocationExceptionRaised",),
      (1, 19, 18, 126, 37), ECS, (112,)),
    I(74, "DIP Onboarding Confirmation", (DIP,), (SUP, REGS, LDSO, MSS, MSA) + DATA_SERVICES,
      ("DipParticipantOnboarded",), (22, 21, 127, 125), ECS, (113, 115)),
    I(75, "DIP Message Exception Notification", (DIP,), (SUP, REGS, LDSO, MSS, MSA) + DATA_SERVICES,
      ("DipMessageRejected",), (124, 126, 120, 125, 121), ECS, (114,)),
    I(76, "Default Data Substitution Notification", (VAS,), (SUP,), ("DefaultDataApplied",),
      (1, 19, 18, 109, 37), ECS, (117,)),
    I(77, "Unresolved Consumption Report", (VAS,), (SUP,) + DATA_SERVICES, ("UnresolvedConsumptionReported",),
      (1, 19, 136, 37), ECS, (116,)),
    I(78, "Performance Assurance Report", (MDS,), (SUP,), ("PerformanceReportPublished",),
      (134, 135, 137, 138, 23), ECS, (110, 79, 56)),
    I(79, "Market Participant Role Change Notification", (MDS,), (SUP, REGS, LDSO), ("MarketParticipantRoleChanged",),
      (22, 21, 117, 118), ECS, (119, 28)),
]

PUBLICATIONS = [
    Publication(6, "Metering Point Details Publication", (SUP, MSS, MSA) + DATA_SERVICES + (VAS,), (4, 13, 14)),
    Publication(8, "Energisation Status Publication", (SUP, LDSO, MSS, MSA) + DATA_SERVICES, (6, 58)),
    Publication(10, "Market Segment Change Publication", (SUP, MSS, MSA) + DATA_SERVICES, (7,)),
    Publication(23, "Industry Standing Data Publication", (SUP, REGS, LDSO, MSS, MSA, VAS, LSS) + DATA_SERVICES,
                (108,)),
    Publication(35, "Metering Service Appointment Accepted Publication", (REGS, SUP, SDS, ADS), (2,),
                SOURCE_INTERFACES),
    Publication(36, "Data Service Appointment Accepted Publication", (SUP, MSS, MSA), (3,)),
    Publication(63, "Load Shape Publication to Participants", (SUP, VAS, LDSO) + DATA_SERVICES, (96,)),
    Publication(65, "Supplier Volume Publication", (SUP,), (104,)),
    Publication(69, "Settlement Timetable Publication to Participants", (SUP, LDSO, MSS, MSA) + DATA_SERVICES,
                (118,)),
    Publication(79, "Market Participant Role Change Publication", (SUP, REGS, LDSO, MSS, MSA) + DATA_SERVICES,
                (119,)),
]

# Event labels; an event without an entry here is labelled from its code. Events a source states carry it.
EVENTS = {
    "MSAppSPRequest": Event("MSAppSPRequest", "Metering Service appointment request", SOURCE_INTERFACES),
    "MSAppAccepted": Event("MSAppAccepted", "Metering Service appointment accepted", SOURCE_INTERFACES),
    "ReadingCos": Event("ReadingCos", "Change of supplier meter register reading", SOURCE_INTERFACES),
    "ReadingOnsite": Event("ReadingOnsite", "Onsite meter register reading", SOURCE_INTERFACES),
    "DSAppSPRequest": Event("DSAppSPRequest", "Data Service appointment request"),
    "DSAppAccepted": Event("DSAppAccepted", "Data Service appointment accepted"),
    "ServiceDeappointed": Event("ServiceDeappointed", "Service de-appointed"),
    "MarketWideDataPublished": Event("MarketWideDataPublished", "Market-wide data published"),
}

# Interfaces and publications a source states, with the events it names (the rest of each is invented).
FACT_INTERFACES = {33, 35, 41}
FACT_PUBLICATIONS = {35}
FACT_EVENTS = {"MSAppSPRequest", "MSAppAccepted", "ReadingCos", "ReadingOnsite"}


@dataclass(frozen=True)
class Requirement:
    identifier: str
    label: str
    satisfied_by: tuple[str, ...] = field(default=())  # "BPnnn" or "IF-nnn"; empty = a coverage gap


R = Requirement
FUNCTIONAL_REQUIREMENTS = [
    R("BRS003-001", "The Registration Service shall hold one registered supplier for each metering point at any time",
      ("BP001", "IF-002")),
    R("BRS003-002", "The Registration Service shall accept registration events from the Central Switching Service",
      ("IF-001",)),
    R("BRS003-003", "The Registration Service shall confirm a new registration to the gaining supplier", ("IF-002",)),
    R("BRS003-004", "The Registration Service shall notify the losing supplier of the loss of a registration",
      ("IF-003",)),
    R("BRS003-005", "The Registration Service shall record the market segment of each metering point",
      ("BP007", "IF-010")),
    R("BRS003-006", "The Registration Service shall record the energisation status of each metering point and its "
      "effective date", ("BP006", "IF-008")),
    R("BRS003-007", "The Registration Service shall record the connection type indicator", ("BP008", "IF-011")),
    R("BRS003-008", "The Registration Service shall record the energy direction of each metering point",
      ("BP017", "IF-016")),
    R("BRS003-009", "The Registration Service shall record the GSP Group of each metering point", ("BP014", "IF-013")),
    R("BRS003-010", "The Registration Service shall record the DUoS tariff ID provided by the LDSO",
      ("BP013", "IF-012")),
    R("BRS003-011", "The Registration Service shall allow the LDSO to create metering points", ("BP024", "IF-004")),
    R("BRS003-012", "The Registration Service shall allow the LDSO to update metering point attributes",
      ("BP025", "IF-005")),
    R("BRS003-013", "The Registration Service shall notify appointed services of changes to metering point details",
      ("IF-006",)),
    R("BRS003-014", "The Registration Service shall send an appointment request to the proposed Metering Service",
      ("BP002", "IF-033")),
    R("BRS003-015", "The Registration Service shall send an appointment request to the proposed Data Service",
      ("BP003", "IF-032")),
    R("BRS003-016", "The Registration Service shall record an accepted appointment and notify the interested "
      "parties", ("IF-035", "IF-036")),
    R("BRS003-017", "The Registration Service shall notify the supplier when a proposed service rejects an "
      "appointment", ("BP021", "IF-034")),
    R("BRS003-018", "The Registration Service shall notify a service of its de-appointment", ("BP022", "IF-037")),
    R("BRS003-019", "The Registration Service shall support the co-ordinated appointment of services at change of "
      "supplier", ("BP019",)),
    R("BRS003-020", "The Registration Service shall keep its registration data consistent with the Central "
      "Switching Service", ("BP020", "IF-019")),
    R("BRS003-021", "The Registration Service shall record the relationships between related metering points",
      ("BP016", "IF-015")),
    R("BRS003-022", "The Registration Service shall record the domestic premises indicator", ("IF-017",)),
    R("BRS003-023", "The Registration Service shall support the resolution of erroneous transfers",
      ("BP010", "IF-018")),
    R("BRS003-024", "The Registration Service shall process disconnections notified by the LDSO",
      ("BP005", "IF-021")),
    R("BRS003-025", "The Registration Service shall support supplier of last resort transfers", ("BP023", "IF-022")),
    R("BRS003-026", "The Registration Service shall hold the DCC service flag and SMSO of each smart metering point",
      ("BP046", "IF-047", "IF-048")),
    R("BRS003-027", "The Registration Service shall record the address of each metering point", ("BP015", "IF-014")),
    R("BRS003-028", "The Registration Service shall record the migration of each metering point to MHHS "
      "arrangements", ("BP030", "IF-025", "IF-026")),
    R("BRS003-029", "The Registration Service shall validate requests against Industry Standing Data", ("IF-023",)),
    R("BRS003-030", "The Registration Service shall reject requests from parties not registered in the role they "
      "claim"),
    R("BRS003-031", "The Registration Service shall keep registration history for the whole settlement "
      "reconciliation period"),
    R("BRS003-032", "The Registration Service shall provide registration data to the Volume Allocation Service"),
    R("BRS003-033", "The Registration Service shall record the market participant role of each appointed service",
      ("IF-024", "BP028")),
    R("BRS003-034", "The Registration Service shall accept energisation status change requests from the supplier",
      ("IF-007",)),
    R("BRS003-035", "The Registration Service shall accept market segment change requests from the supplier",
      ("IF-009",)),
    R("BRS003-036", "The Registration Service shall raise discrepancies found against the Central Switching Service",
      ("BP026", "IF-020")),
    R("BRS003-037", "The Registration Service shall support objections to a change of supplier",
      ("BP011", "IF-029")),
    R("BRS003-038", "The Registration Service shall support the withdrawal of registration requests",
      ("BP012", "IF-030")),
    R("BRS003-039", "The Registration Service shall record new market participants", ("BP028",)),
    R("BRS003-040", "The Registration Service shall provide a periodic registration data report to each LDSO"),
]

NON_FUNCTIONAL_REQUIREMENTS = [
    R("NFR-001", "The DIP shall deliver each publication to its recipients within 15 minutes of receipt",
      ("IF-006", "IF-035")),
    R("NFR-002", "The solution shall support 32 million metering points", ("BP097",)),
    R("NFR-003", "Half-hourly consumption for smart metering points shall reach volume allocation within five "
      "working days", ("IF-051",)),
    R("NFR-004", "The Registration Service shall be available 99.9% of the time outside planned maintenance"),
    R("NFR-005", "Interface schemas shall be versioned and named after their interface and event code",
      ("IF-075",)),
    R("NFR-006", "Load shapes shall be published every settlement day", ("IF-063", "BP096")),
    R("NFR-007", "Volume allocation runs shall complete within the settlement timetable", ("BP097", "BP098")),
    R("NFR-008", "The DIP shall retain messages for 28 days so that recipients can request a replay"),
    R("NFR-009", "Recipients shall process each message once, identified by its DIP message ID",
      ("IF-075", "BP114")),
    R("NFR-010", "The solution shall process half-hourly consumption for every settlement period of every "
      "metering point each day", ("IF-051", "IF-053", "IF-062")),
    R("NFR-011", "Annual consumption shall be recalculated after every settlement run", ("IF-071",)),
    R("NFR-012", "Settlement runs shall follow the settlement timetable from initial to post-final run",
      ("BP099", "BP100", "BP101")),
    R("NFR-013", "Industry Standing Data changes shall be published before their effective date", ("IF-023",)),
    R("NFR-014", "Settlement reports shall be available to participants through the Market-wide Data Service",
      ("IF-070",)),
    R("NFR-015", "The Unmetered Supplies Data Service shall calculate consumption every settlement day",
      ("BP085",)),
    R("NFR-016", "Central systems shall recover from a disaster within four hours"),
]

SECURITY_REQUIREMENTS = [
    R("SEC-001", "Every DIP participant shall authenticate with a certificate issued at onboarding",
      ("BP115", "IF-074")),
    R("SEC-002", "Every message shall be signed by its sender", ("IF-075",)),
    R("SEC-003", "Metering point addresses shall be readable only by parties with a role at that metering point",
      ("IF-014",)),
    R("SEC-004", "Half-hourly consumption shall be collected only within the consumer's consent",
      ("BP042", "IF-049")),
    R("SEC-005", "Security events shall be logged and monitored centrally"),
    R("SEC-006", "All interfaces shall be encrypted in transit", ("IF-074",)),
    R("SEC-007", "Each publication shall carry only the data its recipients need", ("IF-006",)),
    R("SEC-008", "Central systems shall pass an independent penetration test before go-live"),
]
