package io.scofacts.core.extract.person;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.lexicon.PackedArrays;
import org.junit.jupiter.api.Test;

class PackedNameRolesTest {

    @Test
    void thePackedRoleTableIsTheOneParsedFromTheLexiconFile() {
        assertNotNull(PackedArrays.open(PackedArrays.packedName(ChineseNameRoles.RESOURCE)),
                "the build packs the name-role table");
        PackedArrays.Writer fromFile = new PackedArrays.Writer();
        ChineseNameRoles.parsed().pack(fromFile);
        PackedArrays.Writer loaded = new PackedArrays.Writer();
        ChineseNameRoles roles = ChineseNameRoles.load();
        roles.pack(loaded);
        assertArrayEquals(fromFile.toByteArray(), loaded.toByteArray());
        assertTrue(roles.count(ChineseNameRoles.Role.B, '王') > 0, "王 is a surname in the packed table");
    }
}
