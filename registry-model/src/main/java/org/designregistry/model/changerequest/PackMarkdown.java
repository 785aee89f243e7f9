package org.designregistry.model.changerequest;

import java.util.List;
import org.designregistry.model.text.SafeText;

/** Writes a change request's pack as a Markdown document, every value escaped. */
final class PackMarkdown {

    private PackMarkdown() {}

    static String write(ImpactPack pack) {
        StringBuilder md = new StringBuilder();
        ChangeRequest cr = pack.changeRequest();
        md.append("# Impact assessment pack: ")
                .append(SafeText.markdown(cr.identifier() + " " + cr.title()))
                .append("\n\n");
        table(md, PackTables.SUMMARY_COLUMNS, PackTables.summary(pack));
        section(
                md,
                "Who has still to answer",
                PackTables.AWAITING_COLUMNS,
                PackTables.awaiting(pack));
        section(
                md,
                "Impacted items by workstream and working group",
                PackTables.ITEM_COLUMNS,
                PackTables.items(pack));
        section(md, "Decisions to revisit", PackTables.REVISIT_COLUMNS, PackTables.revisits(pack));
        section(md, "To consult", PackTables.CONSULT_COLUMNS, PackTables.consult(pack));
        section(
                md,
                "Changes made under " + cr.identifier(),
                PackTables.CHANGE_COLUMNS,
                PackTables.changes(pack));
        return md.toString();
    }

    private static void section(
            StringBuilder md, String title, List<String> header, List<List<String>> rows) {
        md.append("## ").append(SafeText.markdown(title)).append("\n\n");
        if (rows.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        table(md, header, rows);
    }

    private static void table(StringBuilder md, List<String> header, List<List<String>> rows) {
        row(md, header);
        md.append("|").append("---|".repeat(header.size())).append("\n");
        rows.forEach(r -> row(md, r));
        md.append("\n");
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append("|");
        for (String cell : cells) {
            md.append(' ').append(SafeText.markdown(cell)).append(" |");
        }
        md.append("\n");
    }
}
