package io.scofacts.api;

import io.scofacts.core.article.ArticleLimits;
import io.scofacts.core.extract.ArticleInput;
import io.scofacts.core.text.TextProblems;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/**
 * An article in a request (submitArticle, or extractFacts without an articleId): the text
 * and optional metadata, validated. The text itself is kept exactly as sent.
 */
record ArticleRequest(String text, String title, String url, LocalDate publishedOn, String language) {

    static final Set<String> FIELDS = Set.of("text", "title", "url", "publishedOn", "language");
    private static final int EARLIEST_YEAR = 1900;
    private static final int LATEST_YEAR = 2100;

    static ArticleRequest read(RequestFields fields) {
        String text = fields.requiredText("text");
        if (text.length() > ArticleLimits.MAX_TEXT_LENGTH) {
            throw new ApiException(413, "text_too_large", "\"text\" has " + text.length()
                    + " characters; the limit is " + ArticleLimits.MAX_TEXT_LENGTH, "text");
        }
        TextProblems.find(text).ifPresent(problem -> {
            throw new ApiException(400, "invalid_text", "\"text\" contains a " + problem, "text");
        });
        return new ArticleRequest(text, title(fields), url(fields), publishedOn(fields), language(fields));
    }

    ArticleInput toInput(String articleId) {
        return new ArticleInput(articleId, text, title, url, publishedOn, language);
    }

    private static String title(RequestFields fields) {
        String title = fields.optionalNonBlankText("title");
        if (title == null) {
            return null;
        }
        if (title.length() > ArticleLimits.MAX_TITLE_LENGTH) {
            throw ApiException.invalidField("title", "\"title\" is longer than " + ArticleLimits.MAX_TITLE_LENGTH + " characters");
        }
        TextProblems.find(title).ifPresent(problem -> {
            throw ApiException.invalidField("title", "\"title\" contains a " + problem);
        });
        return title.strip();
    }

    private static String url(RequestFields fields) {
        String url = fields.optionalNonBlankText("url");
        if (url == null) {
            return null;
        }
        String trimmed = url.strip();
        if (trimmed.length() > ArticleLimits.MAX_URL_LENGTH) {
            throw ApiException.invalidField("url", "\"url\" is longer than " + ArticleLimits.MAX_URL_LENGTH + " characters");
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new URISyntaxException(trimmed, "not an absolute http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw ApiException.invalidField("url", "\"url\" must be an absolute http or https URL, not \""
                    + RequestFields.abbreviate(trimmed) + "\"");
        }
        return trimmed;
    }

    private static LocalDate publishedOn(RequestFields fields) {
        LocalDate date = fields.optionalDate("publishedOn");
        if (date != null && (date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR)) {
            throw new ApiException(400, "invalid_date", "\"publishedOn\" must be a date between " + EARLIEST_YEAR
                    + " and " + LATEST_YEAR, "publishedOn");
        }
        return date;
    }

    private static String language(RequestFields fields) {
        String language = fields.optionalNonBlankText("language");
        if (language == null) {
            return null;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(language.strip()).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language subtag");
            }
            return locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw ApiException.invalidField("language", "\"language\" must be a BCP 47 language tag such as "
                    + "zh, zh-Hant, en or ru, not \"" + RequestFields.abbreviate(language) + "\"");
        }
    }
}
