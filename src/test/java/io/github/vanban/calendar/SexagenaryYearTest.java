package io.github.vanban.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SexagenaryYearTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "2010, Canh Dần",
        "2017, Đinh Dậu",
        "2020, Canh Tý",
        "1960, Canh Tý",
        "2024, Giáp Thìn",
        "2026, Bính Ngọ",
        "1984, Giáp Tý",
        "2043, Quý Hợi",
        "1968, Mậu Thân",
        "2023, Quý Mão",
    })
    void documentedYears(int year, String name) {
        assertEquals(name, SexagenaryYear.nameOf(year));
        assertEquals(OptionalInt.of(SexagenaryYear.indexOf(year)), SexagenaryYear.cycleIndex(name));
        assertEquals(year, SexagenaryYear.nearestYear(SexagenaryYear.cycleIndex(name).getAsInt(), year + 7));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Canh Tí, Canh Tý",
        "canh tý, Canh Tý",
        "CANH TÝ, Canh Tý",
        "'  Canh   Tý ', Canh Tý",
        "Quí Mão, Quý Mão",
        "Qúy Mão, Quý Mão",
        "Quý Mẹo, Quý Mão",
        "Kỉ Hợi, Kỷ Hợi",
        "Ất Tị, Ất Tỵ",
        "Tân Tỵ, Tân Tỵ",
        "Mậu-Thân, Mậu Thân",
    })
    void spellingVariants(String variant, String standard) {
        assertEquals(SexagenaryYear.cycleIndex(standard), SexagenaryYear.cycleIndex(variant));
        assertEquals(standard, SexagenaryYear.nameOf(1984 + SexagenaryYear.cycleIndex(variant).getAsInt()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Giáp Sửu", "Canh", "Canh Tý Tý", "", "Tết", "Canh Ty", "Hai nghìn"})
    void notANameOrAnImpossiblePair(String text) {
        assertEquals(OptionalInt.empty(), SexagenaryYear.cycleIndex(text));
    }

    @Test
    void sixtyDistinctNamesReadBack() {
        Set<String> names = new HashSet<>();
        for (int year = 1984; year < 2044; year++) {
            String name = SexagenaryYear.nameOf(year);
            names.add(name);
            assertEquals(OptionalInt.of(year - 1984), SexagenaryYear.cycleIndex(name));
        }
        assertEquals(60, names.size());
        assertEquals(SexagenaryYear.nameOf(1900), SexagenaryYear.nameOf(2020 - 120));
    }

    @Test
    void nearestYear() {
        int canhTy = SexagenaryYear.cycleIndex("Canh Tý").getAsInt();
        assertEquals(2020, SexagenaryYear.nearestYear(canhTy, 2021)); // "Tết Canh Tý 2021" means 2020
        assertEquals(1960, SexagenaryYear.nearestYear(canhTy, 1965));
        assertEquals(2080, SexagenaryYear.nearestYear(canhTy, 2060)); // 20 years ahead beats 40 back
        assertEquals(2020, SexagenaryYear.nearestYear(canhTy, 1990)); // equidistant: the later
        assertEquals(1960, SexagenaryYear.nearestYear(canhTy, 1989));
        assertThrows(IllegalArgumentException.class, () -> SexagenaryYear.nearestYear(60, 2020));
    }
}
