package io.scofacts.core.extract.project;

import static io.scofacts.core.extract.project.ProjectRecognizerTest.names;
import static io.scofacts.core.extract.project.ProjectRecognizerTest.projects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.ProjectMention;
import io.scofacts.core.extract.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatinProjectNamesTest {

    @Test
    void englishCapitalisedProjectNames() {
        List<ProjectMention> found = projects(TestArticles.en(
                "The Digital Silk Road Training Project has trained 2,400 officials, while the project office grew."));
        assertEquals(List.of("Digital Silk Road Training Project"), names(found));
    }

    @Test
    void aCapitalisedRunBeforeALowercaseHead() {
        assertEquals(List.of("Digital Silk Road training programme"), names(projects(TestArticles.en(
                "Officials praised the Digital Silk Road training programme for its reach."))));
        assertEquals(List.of("Tashkent Smart Logistics Hub project"), names(projects(TestArticles.en(
                "The two sides signed the Tashkent Smart Logistics Hub project on Monday."))));
    }

    @Test
    void aCountryInsideAnEnglishNameGivesItsCode() {
        List<ProjectMention> found = projects(TestArticles.en(
                "The Uzbekistan Digital Trade Platform was launched in Tashkent last week."));
        assertEquals(List.of("Uzbekistan Digital Trade Platform"), names(found));
        assertEquals(List.of("UZ"), found.get(0).countries());
    }

    @Test
    void aQuotedNameBeforeALowercaseHead() {
        assertEquals(List.of("\"Smart Port\" platform"), names(projects(TestArticles.en(
                "Engineers built the \"Smart Port\" platform in six months."))));
    }

    @Test
    void englishTraps() {
        assertEquals(List.of(), names(projects(TestArticles.en(
                "The project will create jobs, and a new data platform is planned by the Chinese government project team."))));
        assertEquals(List.of(), names(projects(TestArticles.en(
                "Experts at the China-SCO Big Data Cooperation Center said demand is growing."))));
    }

    @Test
    void anEnglishCentreNeedsAProjectVerb() {
        assertEquals(List.of("Digital Innovation Center"), names(projects(TestArticles.en(
                "The Samarkand Digital Innovation Center was inaugurated on Friday."))).stream()
                .map(name -> name.replace("Samarkand ", "")).toList());
    }

    @Test
    void russianTitlesNextToAHeadWord() {
        assertEquals(List.of("проекта «Цифровой Шелковый путь»"), names(projects(TestArticles.ru(
                "Стороны подписали соглашение о реализации проекта «Цифровой Шелковый путь»."))));
        assertEquals(List.of("«Умный порт» проект"), names(projects(TestArticles.ru(
                "Совместный «Умный порт» проект запущен в Актау."))));
        assertEquals(List.of("платформу «Цифровой Узбекистан»"), names(projects(TestArticles.ru(
                "Компании запустили платформу «Цифровой Узбекистан» в прошлом году."))));
    }

    @Test
    void russianTraps() {
        assertEquals(List.of(), names(projects(TestArticles.ru(
                "Об этом сообщила газета «Известия», а эксперты центра «Сколково» это подтвердили."))));
    }

    @Test
    void aHyphenatedCountryRunBeforeALowercaseHead() {
        List<ProjectMention> found = projects(TestArticles.en(
                "Work began on the China-Kyrgyzstan-Uzbekistan railway project in December."));
        assertEquals(List.of("China-Kyrgyzstan-Uzbekistan railway project"), names(found));
        assertEquals(true, found.get(0).countries().contains("UZ"));
    }

    @Test
    void aWorkshopEstablishedOrOpenedIsAProjectAndASeminarIsNot() {
        assertEquals(List.of("Mozi Workshop"), names(projects(TestArticles.en(
                "The second Mozi Workshop in Kyrgyzstan was co-established by two colleges last year."))));
        assertEquals(List.of("мастерская Мо Цзы"), names(projects(TestArticles.ru(
                "В Бишкеке открылась мастерская Мо Цзы при техническом университете."))));
        assertEquals(List.of(), names(projects(TestArticles.en(
                "Experts held a workshop on data safety. The Privacy Workshop will discuss new rules."))));
    }
}
