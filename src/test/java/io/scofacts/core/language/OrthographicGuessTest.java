package io.scofacts.core.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OrthographicGuessTest {

    private final OrthographicGuess guess = new OrthographicGuess();

    @Test
    void russianProseIsRussian() {
        assertEquals("ru", guess.guess("В Ташкенте завершился форум по цифровой экономике. Представители "
                + "государств-членов обсудили создание общей платформы для электронной торговли и обмена данными, "
                + "а также подписали меморандум о сотрудничестве в области искусственного интеллекта.", true));
    }

    @Test
    void otherCyrillicLanguagesAreLeftToTheModel() {
        assertNull(guess.guess("Астанада цифрлық экономика бойынша форум өтті. Қатысушылар электрондық сауда "
                + "мен деректер алмасу платформасын құру мәселелерін талқылап, ынтымақтастық туралы меморандумға "
                + "қол қойды.", true), "Kazakh");
        assertNull(guess.guess("У Києві відбувся форум з цифрової економіки. Учасники обговорили створення "
                + "спільної платформи для електронної торгівлі та обміну даними і підписали меморандум.", true),
                "Ukrainian");
        assertNull(guess.guess("В София се проведе форум за цифровата икономика. Участниците обсъдиха създаването "
                + "на обща платформа за електронна търговия и обмен на данни и подписаха меморандум за "
                + "сътрудничество в областта на изкуствения интелект и на обучението на кадри.", true), "Bulgarian");
    }

    @Test
    void russianWithoutTheLettersOnlyRussianUsesIsStillRussianWhenLongEnough() {
        assertEquals("ru", guess.guess("Астана, 3 июня 2025 года. Казахстан и Китай запустили совместную цифровую "
                + "платформу для отслеживания грузов на границе. По словам организаторов, более 500 компаний уже "
                + "подключились к системе, а время оформления сократилось почти вдвое.", true));
    }

    @Test
    void englishProseIsEnglish() {
        assertEquals("en", guess.guess("The second forum of the digital economy of the member states opened in "
                + "Qingdao on Monday, and the delegations of the six countries signed a memorandum on the "
                + "exchange of data and the training of engineers.", false));
    }

    @Test
    void otherLatinLanguagesAndShortTextAreLeftToTheModel() {
        assertNull(guess.guess("Toshkentda raqamli iqtisodiyot forumi bo'lib o'tdi. Ishtirokchilar elektron "
                + "tijorat va ma'lumotlar almashinuvi uchun umumiy platforma yaratishni muhokama qildilar va "
                + "hamkorlik to'g'risidagi memorandumni imzoladilar.", false), "Uzbek");
        assertNull(guess.guess("Le forum de l'économie numérique s'est tenu à Tachkent, où les délégations des "
                + "États membres ont signé un mémorandum sur les échanges de données et la formation.", false),
                "French");
        assertNull(guess.guess("The forum of the states and the people of the region.", false), "too short");
    }
}
