package org.designregistry.server.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import org.designregistry.server.BrowserSession;
import org.designregistry.server.ServerTestSupport;
import org.designregistry.server.TestPeople;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The governance workflow over real HTTP on the MHHS sample: an editor recommends the tests' own
 * artefacts to the DAG, an approver decides, conditions are met and concerns settled; every step is
 * a recorded change by the right person; an editor cannot record a decision by any route.
 */
class GovernanceWorkflowIntegrationTest extends ServerTestSupport {

    private static final String MEETING = BASE + "meeting/DAG-2099-01-07";

    @BeforeEach
    void artefacts() {
        WorkflowTestData.addArtefacts(registry, 3);
    }

    @AfterEach
    void cleanUp() {
        WorkflowTestData.removeAll(registry, 3, List.of(MEETING));
    }

    @Test
    void takesARecommendationThroughDecisionConditionsAndAConcernRecordingWhoTookEachStep() {
        HttpResponse<String> meeting =
                post(
                        "/api/meetings",
                        editor(),
                        "{\"body\":\"DAG\",\"date\":\"2099-01-07\",\"attendees\":[\"post:DAG-Large-Supplier\"]}");
        String rec = recommend("GOVT-1");

        DocumentContext agenda = json(get("/api/bodies/DAG/agenda?on=2099-01-01"));
        HttpResponse<String> decided =
                post(
                        "/api/recommendations/" + rec + "/decision",
                        approver(),
                        "{\"outcome\":\"accept-subject-to-work\",\"rationale\":\"Nearly\","
                                + "\"conditions\":[\"Add the unmetered cases\"]}");
        String decision = JsonPath.parse(decided.body()).read("$.decision.identifier");
        String condition =
                JsonPath.parse(decided.body()).read("$.conditions[0].condition.identifier");
        HttpResponse<String> met = post("/api/conditions/" + condition + "/met", approver(), "{}");
        HttpResponse<String> concern =
                post(
                        "/api/decisions/" + decision + "/concerns",
                        editor(),
                        "{\"constituency\":\"constituency:Large-Supplier\",\"description\":\"Too soon\"}");
        String concernId = JsonPath.parse(concern.body()).read("$.concern.identifier");
        HttpResponse<String> escalated =
                post(
                        "/api/concerns/" + concernId + "/settlement",
                        approver(),
                        "{\"outcome\":\"escalated\",\"resolution\":\"For the PSG\"}");
        DocumentContext changes = json(get("/api/changes?size=6"));

        assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(201);
        assertThat(agenda.read("$.nextMeeting.meeting.iri", String.class)).isEqualTo(MEETING);
        assertThat(agenda.read("$.open[*].recommendation.identifier", List.class))
                .containsExactly(rec);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);
        assertThat(
                        JsonPath.parse(decided.body())
                                .read("$.recommendation.subjects[0].status", String.class))
                .isEqualTo("Approved subject to conditions");
        assertThat(met.statusCode()).isEqualTo(204);
        assertThat(
                        json(get("/api/recommendations/" + rec))
                                .read("$.subjects[0].status", String.class))
                .isEqualTo("Approved");
        assertThat(escalated.statusCode()).as(escalated.body()).isEqualTo(200);
        assertThat(JsonPath.parse(escalated.body()).read("$.escalatedTo.identifier", String.class))
                .isEqualTo("PSG");
        assertThat(changes.read("$.items[*].principal", List.class))
                .containsExactly(APPROVER, EDITOR, APPROVER, APPROVER, EDITOR, EDITOR);
        assertThat(changes.read("$.items[*].route", List.class)).containsOnly("rest");
        assertThat(get("/api/decisions/log?format=csv").body())
                .contains(decision, "Add the unmetered cases (met ");
        assertThat(
                        get("/api/decisions/log?format=xlsx")
                                .headers()
                                .firstValue("Content-Type")
                                .orElseThrow())
                .contains("spreadsheetml");
    }

    @Test
    void anEditorCannotRecordADecisionThroughAnyRoute() {
        String rec = recommend("GOVT-1");
        String recIri = BASE + "recommendation/" + rec;
        long before = registry.history().latest();

        HttpResponse<String> rest =
                post(
                        "/api/recommendations/" + rec + "/decision",
                        editor(),
                        "{\"outcome\":\"accept\"}");
        HttpResponse<String> sparql =
                send(
                        request("/sparql")
                                .header("Authorization", editor())
                                .header("Content-Type", "application/sparql-update")
                                .POST(
                                        body(
                                                "INSERT DATA { <"
                                                        + BASE
                                                        + "decision/FAKE-1> <https://w3id.org/design-registry#decides> <"
                                                        + recIri
                                                        + "> }")));
        HttpResponse<String> graphStore =
                send(
                        request("/data?default")
                                .header("Authorization", editor())
                                .header("Content-Type", "text/turtle")
                                .POST(
                                        body(
                                                "<"
                                                        + BASE
                                                        + "decision/FAKE-2> a <https://w3id.org/design-registry#Decision> .")));
        BrowserSession session = new BrowserSession(port).signIn(EDITOR, EDITOR_PASSWORD);
        Document page = session.page("/recommendations/new", 200);
        String csrf = page.selectFirst("input[name=_csrf]").val();
        HttpResponse<String> form =
                session.post(
                        "/recommendations/" + rec + "/decision", "outcome=accept&_csrf=" + csrf);
        Document recommendation = session.page("/recommendations/" + rec, 200);

        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(403);
        assertThat(sparql.statusCode()).as(sparql.body()).isEqualTo(403);
        assertThat(graphStore.statusCode()).as(graphStore.body()).isEqualTo(403);
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(form.body()).contains("The decision was not recorded");
        assertThat(recommendation.select("#decision-form")).isEmpty();
        assertThat(registry.history().latest()).isEqualTo(before);
        assertThat(json(get("/api/recommendations/" + rec)).read("$.open", Boolean.class)).isTrue();
    }

    @Test
    void refusesADecisionAboveTheDagsLevelNamingThePsgAndAcceptsItOnceThePsgDelegates() {
        String rec = recommend("GOVT-2");

        HttpResponse<String> above =
                post(
                        "/api/recommendations/" + rec + "/decision",
                        approver(),
                        "{\"outcome\":\"accept\",\"level\":2}");
        HttpResponse<String> unknown =
                post(
                        "/api/recommendations/" + rec + "/decision",
                        approver(),
                        "{\"outcome\":\"approve\"}");
        HttpResponse<String> referred =
                post(
                        "/api/recommendations/" + rec + "/decision",
                        approver(),
                        "{\"outcome\":\"refer-to-psg\",\"rationale\":\"No consensus\"}");
        String toPsg =
                JsonPath.parse(get("/api/recommendations?body=PSG&open=true").body())
                        .read("$[0].recommendation.identifier");
        HttpResponse<String> delegated =
                post(
                        "/api/recommendations/" + toPsg + "/delegation",
                        approver(),
                        "{\"body\":\"DAG\"}");
        HttpResponse<String> accepted =
                post(
                        "/api/recommendations/" + toPsg + "/decision",
                        approver(),
                        "{\"outcome\":\"accept\",\"body\":\"DAG\",\"level\":2}");
        HttpResponse<String> twice =
                post(
                        "/api/recommendations/" + toPsg + "/decision",
                        approver(),
                        "{\"outcome\":\"reject\"}");

        assertThat(above.statusCode()).isEqualTo(422);
        assertThat(JsonPath.parse(above.body()).read("$.detail", String.class))
                .contains(
                        "above the level of the Design Advisory Group (DAG)",
                        "Programme Steering Group (PSG) must decide it");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JsonPath.parse(unknown.body()).read("$.detail", String.class))
                .contains("accept-subject-to-work");
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(201);
        assertThat(delegated.statusCode()).as(delegated.body()).isEqualTo(201);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(
                        JsonPath.parse(accepted.body())
                                .read("$.recommendation.subjects[0].status", String.class))
                .isEqualTo("Approved");
        assertThat(twice.statusCode()).isEqualTo(409);
    }

    @Test
    void showsTheAgendaTheRecommendationTheLogAndMyWork() {
        String rec = recommend("GOVT-3");
        BrowserSession approverSession =
                new BrowserSession(port).signIn(APPROVER, APPROVER_PASSWORD);

        Document agenda = approverSession.page("/bodies/DAG/agenda", 200);
        Document recommendation = approverSession.page("/recommendations/" + rec, 200);
        Document myWork = approverSession.page("/my-work", 200);
        Document log = approverSession.page("/decisions/log", 200);
        HttpResponse<String> missing = approverSession.get("/recommendations/REC-999");

        assertThat(agenda.select("#agenda-items").text()).contains(rec, "GOVT-3");
        assertThat(recommendation.select("#subjects").text()).contains("GOVT-3", "In Review");
        assertThat(recommendation.select("#decision-form")).hasSize(1);
        assertThat(myWork.select("[data-section=decisions-to-take]").text()).contains(rec);
        assertThat(log.select("#log-DAG-2021-11-17-01").text()).contains("Accept", "Level 3");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(get("/my-work", "text/html").body()).contains("id=\"sign-in-first\"");
    }

    @Test
    void listsOnMyWorkOnlyTheRecommendationsAwaitingTheBodiesAnApproverIsAMemberOf() {
        String rec = recommend("GOVT-2");
        BrowserSession approverSession =
                new BrowserSession(port).signIn(APPROVER, APPROVER_PASSWORD);
        TestPeople.addMember(registry, APPROVER, "body/PSG");
        try {
            String psgOnly =
                    approverSession
                            .page("/my-work", 200)
                            .select("[data-section=decisions-to-take]")
                            .text();
            TestPeople.addMember(registry, APPROVER, "body/DAG");
            String withDag =
                    approverSession
                            .page("/my-work", 200)
                            .select("[data-section=decisions-to-take]")
                            .text();

            assertThat(psgOnly).doesNotContain(rec);
            assertThat(withDag).contains(rec);
        } finally {
            TestPeople.remove(registry, APPROVER);
        }
    }

    @Test
    void refusesADecisionOnASubjectChangedSinceTheRecommendationUntilTheChangeIsAcknowledged() {
        String rec = recommend("GOVT-1");
        registry.update(
                model -> {
                    var artefact = model.createResource(WorkflowTestData.artefact(1));
                    model.removeAll(artefact, org.apache.jena.vocabulary.DCTerms.title, null);
                    artefact.addProperty(
                            org.apache.jena.vocabulary.DCTerms.title, "Reworked after submission");
                });
        long before = registry.history().latest();

        HttpResponse<String> refused =
                post(
                        "/api/recommendations/" + rec + "/decision",
                        approver(),
                        "{\"outcome\":\"accept\"}");
        long afterRefusal = registry.history().latest();
        HttpResponse<String> acknowledged =
                post(
                        "/api/recommendations/" + rec + "/decision",
                        approver(),
                        "{\"outcome\":\"accept\",\"acknowledgeChanges\":true}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
                .contains("application/problem+json");
        assertThat(JsonPath.parse(refused.body()).read("$.detail", String.class))
                .contains("GOVT-1 (change", "acknowledgeChanges");
        assertThat(JsonPath.parse(refused.body()).read("$.changedSubjects", List.class))
                .containsExactly("GOVT-1");
        assertThat(afterRefusal).isEqualTo(before);
        assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(201);
        assertThat(
                        JsonPath.parse(acknowledged.body())
                                .read("$.recommendation.subjects[0].status", String.class))
                .isEqualTo("Approved");
    }

    @Test
    void theDecisionFormRefusesSubjectsChangedSinceTheRecommendationUntilTheBoxIsTicked() {
        String rec = recommend("GOVT-3");
        registry.update(
                model ->
                        model.createResource(WorkflowTestData.artefact(3))
                                .addProperty(
                                        org.apache.jena.vocabulary.DCTerms.description,
                                        "Described after submission"));
        BrowserSession approverSession =
                new BrowserSession(port).signIn(APPROVER, APPROVER_PASSWORD);

        Document form = approverSession.page("/recommendations/" + rec, 200);
        form.selectFirst("#outcome-accept").attr("checked", true);
        HttpResponse<String> refused =
                approverSession.submit(form, "#decision-form", java.util.Map.of());
        Document again = approverSession.page("/recommendations/" + rec, 200);
        again.selectFirst("#outcome-accept").attr("checked", true);
        HttpResponse<String> ticked =
                approverSession.submit(
                        again, "#decision-form", java.util.Map.of("acknowledgeChanges", "true"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(org.jsoup.Jsoup.parse(refused.body()).select("#decision-form").html())
                .contains("acknowledge-changes");
        assertThat(refused.body()).contains("GOVT-3 (change");
        assertThat(ticked.statusCode()).isBetween(301, 303);
        assertThat(ticked.headers().firstValue("Location").orElseThrow()).endsWith("?decided");
    }

    @Test
    void refusesARecommendationWithoutSubjectsOrOfSomethingThatCannotBeRecommended() {
        HttpResponse<String> none =
                post(
                        "/api/recommendations",
                        editor(),
                        "{\"body\":\"DAG\",\"subjects\":[],\"summary\":\"s\",\"proposal\":\"p\"}");
        HttpResponse<String> process =
                post(
                        "/api/recommendations",
                        editor(),
                        "{\"body\":\"DAG\",\"subjects\":[\"process:BP009\"],\"summary\":\"s\",\"proposal\":\"p\"}");
        HttpResponse<String> noSummary =
                post(
                        "/api/recommendations",
                        editor(),
                        "{\"body\":\"DAG\",\"subjects\":[\"GOVT-1\"],\"proposal\":\"p\"}");

        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(JsonPath.parse(none.body()).read("$.detail", String.class)).contains("subjects");
        assertThat(process.statusCode()).isEqualTo(400);
        assertThat(JsonPath.parse(process.body()).read("$.detail", String.class))
                .contains("cannot be recommended");
        assertThat(noSummary.statusCode()).isEqualTo(400);
        assertThat(JsonPath.parse(noSummary.body()).read("$.detail", String.class))
                .contains("summary");
    }

    private String recommend(String artefact) {
        HttpResponse<String> reply =
                post(
                        "/api/recommendations",
                        editor(),
                        "{\"body\":\"DAG\",\"subjects\":[\""
                                + artefact
                                + "\"],\"summary\":\"Ready\",\"proposal\":\"Approve\"}");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        return JsonPath.parse(reply.body()).read("$.recommendation.identifier");
    }

    private HttpResponse<String> post(String path, String authorization, String json) {
        return send(
                request(path)
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(body(json)));
    }

    private HttpResponse<String> get(String path) {
        return get(path, "application/json");
    }

    private static DocumentContext json(HttpResponse<String> reply) {
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return JsonPath.parse(reply.body());
    }
}
