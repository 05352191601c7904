package dev.paracheck.check.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyNamesTest {
    @Test
    void keysNamedAsTheReadersKeyboardLabelsThemAreTheSameKeys() {
        assertThat(KeyNames.sameKeys("`Ctrl`", "`Strg`")).isTrue();
        assertThat(KeyNames.sameKeys("`CtrlHome`", "`StrgPos1`")).isTrue();
        assertThat(KeyNames.sameKeys("`ShiftF10`", "`UmschalttasteF10`")).isTrue();
        assertThat(KeyNames.sameKeys("Ctrl+Alt+Del", "Strg+Alt+Entf")).isTrue();
        assertThat(KeyNames.sameKeys("`Enter`", "`Entrée`")).isTrue();
        assertThat(KeyNames.sameKeys("CONTROL", "CTRL")).isTrue();
        assertThat(KeyNames.sameKeys("`Delete`", "`Löschen`")).isTrue();
        assertThat(KeyNames.sameKeys("`p + enter`", "`p + Enter`")).isTrue();
        assertThat(KeyNames.sameKeys("`CtrlF`", "`StrgF`")).isTrue();
        assertThat(KeyNames.sameKeys("`&Shift;Del`", "`&Shift;Entf`")).as("DocBook entities").isTrue();
        assertThat(KeyNames.sameKeys("`&Alt;Home`", "`&Alt;Pos1`")).isTrue();
        assertThat(KeyNames.sameKeys("`Space`", "`Leer`")).as("the space bar as German keyboards label it").isTrue();
    }

    @Test
    void otherKeysOrOtherWordsAreNot() {
        assertThat(KeyNames.sameKeys("`Ctrl`", "`Alt`")).isFalse();
        assertThat(KeyNames.sameKeys("`CtrlF10`", "`StrgF11`")).isFalse();
        assertThat(KeyNames.sameKeys("`company`", "`Firma`")).isFalse();
        assertThat(KeyNames.keys("`config.xml`")).isNull();
        assertThat(KeyNames.sameKeys("`Ctrl+C`", "`Strg+V`")).isFalse();
        assertThat(KeyNames.sameKeys("`a`", "`A`")).isFalse(); // letters alone are code, not keys
        assertThat(KeyNames.keys("`x y`")).isNull();
    }
}
