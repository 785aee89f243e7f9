package org.designregistry.model.search;

/**
 * The fields of a resource's Lucene document: one document per registry resource, keyed by its IRI.
 */
final class Fields {

    /** The resource's IRI: the document's key, stored. */
    static final String IRI = "iri";

    /** The first {@code dcterms:identifier}, as written; stored for hits. */
    static final String IDENTIFIER = "identifier";

    /** Every identifier, lower-cased, as one exact term. */
    static final String ID_EXACT = "id_exact";

    /** Every identifier as {@link Identifiers#normalise loose tokens}: {@code if 41}. */
    static final String ID_LOOSE = "id_loose";

    /** Every identifier as {@link Identifiers#compact letters and digits}: {@code if041}. */
    static final String ID_COMPACT = "id_compact";

    /** The label shown for the resource; stored. */
    static final String DISPLAY = "display";

    /** The shown label lower-cased, as one term, for "label starts with" suggestions. */
    static final String DISPLAY_KEY = "display_key";

    /** The shown label's length, so that shorter suggestions come first. */
    static final String DISPLAY_LENGTH = "display_length";

    /** The sort key that breaks ties between equal scores: identifier, else label. */
    static final String SORT = "sort";

    /** The primary type's key (local name) and label; stored for hits. */
    static final String TYPE = "type";

    static final String TYPE_LABEL = "type_label";

    /** Every asserted {@code rdf:type} IRI, for {@code text:query}'s class restriction. */
    static final String TYPE_IRI = "type_iri";

    /** For a workstream's own document: its facet key, so facet labels can be looked up. */
    static final String WORKSTREAM_KEY = "workstream_key";

    /** Labels, titles and alternative labels: stemmed English, stored with offsets for snippets. */
    static final String LABEL = "label";

    /** Alternative labels alone: stemmed English, for a search restricted to them. */
    static final String ALT_LABEL = "alt_label";

    /** Descriptions and comments: stemmed English, stored with offsets for snippets. */
    static final String DESCRIPTION = "description";

    /** Labels of the resource's type, artefact type, workstreams, status and phase: stemmed. */
    static final String CONTEXT = "context";

    /** Labels, titles and alternative labels, unstemmed, for type-ahead prefixes. */
    static final String LABEL_WORDS = "label_words";

    /** Every word of the resource, unstemmed: the vocabulary that typos and prefixes expand in. */
    static final String WORDS = "words";

    private Fields() {}
}
