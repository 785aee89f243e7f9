package org.designregistry.server.changerequest;

import org.designregistry.model.changerequest.ImpactPack;

/** The file names packs are downloaded under. */
final class PackFiles {

    private PackFiles() {}

    /** Returns a pack's file name, such as {@code CR004-impact-pack-at-812.xlsx}. */
    static String name(ImpactPack pack, String extension) {
        return pack.changeRequest().identifier()
                + "-impact-pack-at-"
                + pack.impact().change()
                + "."
                + extension;
    }
}
