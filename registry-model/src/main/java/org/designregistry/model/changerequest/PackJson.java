package org.designregistry.model.changerequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.ResourceRef;

/**
 * The stored form of a frozen impact and of a triage mark: flat JSON text, one literal each. A
 * resource is written as a four-element array {@code [iri, identifier, label, type]} rather than an
 * object, which keeps an assessment of a few hundred items to tens of kilobytes.
 */
final class PackJson {

    private PackJson() {}

    static String write(FrozenImpact impact) {
        JsonObject json = new JsonObject();
        json.put("change", impact.change());
        json.put("depth", impact.depth());
        json.put("truncated", impact.truncated());
        json.put("starts", refs(impact.starts()));
        json.put("items", array(impact.items(), PackJson::item));
        json.put("revisits", array(impact.revisits(), PackJson::revisit));
        json.put("workstreams", array(impact.workstreams(), PackJson::consultee));
        json.put("workingGroups", array(impact.workingGroups(), PackJson::consultee));
        json.put("constituencies", array(impact.constituencies(), PackJson::consultee));
        json.put("marketRoles", array(impact.marketRoles(), PackJson::consultee));
        return JSON.toStringFlat(json);
    }

    static FrozenImpact readImpact(String text) {
        JsonObject json = parse(text, "frozen impact");
        return new FrozenImpact(
                json.getNumber("change").longValue(),
                json.getNumber("depth").intValue(),
                refs(json.get("starts")),
                list(json.get("items"), PackJson::item),
                list(json.get("revisits"), PackJson::revisit),
                list(json.get("workstreams"), PackJson::consultee),
                list(json.get("workingGroups"), PackJson::consultee),
                list(json.get("constituencies"), PackJson::consultee),
                list(json.get("marketRoles"), PackJson::consultee),
                json.getBoolean("truncated"));
    }

    static String write(Triage triage) {
        JsonObject json = new JsonObject();
        json.put("item", triage.item());
        json.put("verdict", triage.verdict().code());
        json.put("comment", triage.comment());
        json.put("by", triage.by());
        json.put("at", triage.at().toString());
        return JSON.toStringFlat(json);
    }

    static Triage readTriage(String text) {
        JsonObject json = parse(text, "triage");
        return new Triage(
                json.getString("item"),
                Verdict.parse(json.getString("verdict")),
                json.getString("comment"),
                json.getString("by"),
                Instant.parse(json.getString("at")));
    }

    private static JsonObject parse(String text, String what) {
        try {
            return JSON.parse(text);
        } catch (JsonParseException e) {
            throw new RegistryException("The stored " + what + " is not JSON: " + e.getMessage());
        }
    }

    private static JsonValue item(FrozenItem item) {
        JsonObject json = new JsonObject();
        json.put("r", ref(item.resource()));
        json.put("type", item.typeLabel());
        json.put("depth", item.depth());
        json.put("path", item.path());
        json.put("owners", refs(item.owners()));
        item.workingGroup().ifPresent(g -> json.put("wg", ref(g)));
        json.put("status", item.status());
        json.put("approvals", array(item.approvals(), PackJson::approval));
        return json;
    }

    private static FrozenItem item(JsonValue value) {
        JsonObject json = value.getAsObject();
        return new FrozenItem(
                ref(json.get("r")),
                json.getString("type"),
                json.getNumber("depth").intValue(),
                json.getString("path"),
                refs(json.get("owners")),
                json.hasKey("wg") ? Optional.of(ref(json.get("wg"))) : Optional.empty(),
                json.getString("status"),
                list(json.get("approvals"), PackJson::approval));
    }

    private static JsonValue approval(FrozenApproval approval) {
        JsonObject json = new JsonObject();
        json.put("decision", ref(approval.decision()));
        json.put("body", ref(approval.body()));
        json.put("level", approval.level());
        json.put("levelNumber", approval.levelNumber());
        return json;
    }

    private static FrozenApproval approval(JsonValue value) {
        JsonObject json = value.getAsObject();
        return new FrozenApproval(
                ref(json.get("decision")),
                ref(json.get("body")),
                json.getString("level"),
                json.getNumber("levelNumber").intValue());
    }

    private static JsonValue revisit(Revisit revisit) {
        JsonObject json = new JsonObject();
        json.put("item", ref(revisit.item()));
        revisit.approval().ifPresent(a -> json.put("approval", approval(a)));
        return json;
    }

    private static Revisit revisit(JsonValue value) {
        JsonObject json = value.getAsObject();
        return new Revisit(
                ref(json.get("item")),
                json.hasKey("approval")
                        ? Optional.of(approval(json.get("approval")))
                        : Optional.empty());
    }

    private static JsonValue consultee(Consultee consultee) {
        JsonObject json = new JsonObject();
        json.put("party", ref(consultee.party()));
        json.put("via", refs(consultee.via()));
        return json;
    }

    private static Consultee consultee(JsonValue value) {
        JsonObject json = value.getAsObject();
        return new Consultee(ref(json.get("party")), refs(json.get("via")));
    }

    private static JsonArray ref(ResourceRef ref) {
        JsonArray json = new JsonArray();
        json.add(ref.iri());
        json.add(ref.identifier());
        json.add(ref.label());
        json.add(ref.typeIri());
        return json;
    }

    private static ResourceRef ref(JsonValue value) {
        JsonArray json = value.getAsArray();
        return new ResourceRef(text(json, 0), text(json, 1), text(json, 2), text(json, 3));
    }

    private static String text(JsonArray json, int at) {
        return json.get(at).getAsString().value();
    }

    private static JsonArray refs(List<ResourceRef> refs) {
        return array(refs, PackJson::ref);
    }

    private static List<ResourceRef> refs(JsonValue value) {
        return list(value, PackJson::ref);
    }

    private static <T> JsonArray array(List<T> values, Function<T, JsonValue> write) {
        JsonArray json = new JsonArray();
        values.forEach(v -> json.add(write.apply(v)));
        return json;
    }

    private static <T> List<T> list(JsonValue value, Function<JsonValue, T> read) {
        return value.getAsArray().stream().map(read).toList();
    }
}
