package org.designregistry.model.archimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An element read before the property definitions and folders that name its parts. */
final class PendingElement {
    final String identifier;
    final String type;
    String name;
    String documentation;
    final List<String[]> properties = new ArrayList<>();

    PendingElement(String identifier, String type) {
        this.identifier = identifier;
        this.type = type;
    }

    ExchangeModel.Element resolve(Map<String, String> propertyNames, List<String> folder) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        List<String> props = new ArrayList<>();
        for (String[] p : properties) {
            String text = PropertyText.join(propertyNames.getOrDefault(p[0], p[0]), p[1]);
            if (seen.putIfAbsent(text, true) == null) {
                props.add(text);
            }
        }
        String label = name == null || name.isBlank() ? identifier : name.strip();
        Optional<String> doc =
                documentation == null || documentation.isBlank()
                        ? Optional.empty()
                        : Optional.of(documentation.strip());
        return new ExchangeModel.Element(identifier, type, label, doc, props, folder);
    }
}
