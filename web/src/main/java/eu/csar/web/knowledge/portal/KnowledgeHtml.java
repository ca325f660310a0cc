package eu.csar.web.knowledge.portal;

import eu.csar.knowledge.api.EvidenceLevel;
import eu.csar.knowledge.api.TargetGroup;
import eu.csar.knowledge.application.PublishedArticle;
import eu.csar.knowledge.domain.ArticleContent;
import eu.csar.shared.domain.MemberState;

import java.text.MessageFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes the public knowledge pages as HTML in one language: no inline script or style, one local
 * stylesheet, every text escaped. Readable at 390 px (one column, the filter above the list).
 */
final class KnowledgeHtml {

    private static final String BUNDLE = "eu.csar.web.messages";
    private static final String BASE = "/public/knowledge/";

    private final Locale locale;
    private final String contextPath;
    private final ResourceBundle texts;
    private final StringBuilder out = new StringBuilder(8192);

    KnowledgeHtml(Locale locale, String contextPath) {
        this.locale = locale;
        this.contextPath = contextPath;
        this.texts = ResourceBundle.getBundle(BUNDLE, locale, KnowledgeHtml.class.getClassLoader());
    }

    String programmes(List<PublishedArticle> found, MemberState ms, TargetGroup group, List<EvidenceLevel> criteria) {
        open("programmes", "knowledge.programmes.title", "knowledge.programmes.intro");
        out.append("<form class=\"kh-filter\" method=\"get\" action=\"").append(esc(contextPath + BASE + "programmes")).append("\">");
        hiddenLang();
        memberStateChoice(ms);
        out.append("<label for=\"group\">").append(text("knowledge.filter.group")).append("</label><select id=\"group\" name=\"group\">")
                .append("<option value=\"\">").append(text("knowledge.filter.all")).append("</option>");
        for (TargetGroup g : TargetGroup.values()) {
            option(g.name(), text("knowledge.group." + g.name()), g == group);
        }
        out.append("</select><button type=\"submit\">").append(text("knowledge.filter.apply")).append("</button></form>");
        count(found.size());
        out.append("<ul class=\"kh-list\">");
        for (PublishedArticle a : found) {
            ArticleContent c = a.content();
            item(a, () -> {
                out.append("<dl class=\"kh-facts\"><dt>").append(text("knowledge.memberState")).append("</dt><dd>")
                        .append(esc(country(c.memberState()))).append("</dd><dt>").append(text("knowledge.filter.group"))
                        .append("</dt><dd>");
                out.append(String.join(", ", c.targetGroups().stream().map(g -> text("knowledge.group." + g.name())).toList()));
                out.append("</dd><dt>").append(text("knowledge.evidence")).append("</dt><dd><a href=\"#criterion-")
                        .append(c.evidenceLevel().name()).append("\">").append(text("knowledge.evidence." + c.evidenceLevel().name()))
                        .append("</a></dd></dl>");
            });
        }
        out.append("</ul><section aria-labelledby=\"criteria\" class=\"kh-criteria\"><h2 id=\"criteria\">")
                .append(text("knowledge.criteria.title")).append("</h2><p>").append(text("knowledge.criteria.intro")).append("</p><dl>");
        for (EvidenceLevel e : criteria) {
            out.append("<dt id=\"criterion-").append(e.name()).append("\">").append(text("knowledge.evidence." + e.name()))
                    .append("</dt><dd>").append(text("knowledge.evidence." + e.name() + ".definition")).append("</dd>");
        }
        out.append("</dl></section>");
        return close();
    }

    String support(List<PublishedArticle> found, MemberState ms) {
        open("support", "knowledge.support.title", "knowledge.support.intro");
        out.append("<form class=\"kh-filter\" method=\"get\" action=\"").append(esc(contextPath + BASE + "support")).append("\">");
        hiddenLang();
        memberStateChoice(ms);
        out.append("<button type=\"submit\">").append(text("knowledge.filter.apply")).append("</button></form>");
        count(found.size());
        out.append("<ul class=\"kh-list\">");
        for (PublishedArticle a : found) {
            item(a, () -> out.append("<dl class=\"kh-facts\"><dt>").append(text("knowledge.memberState")).append("</dt><dd>")
                    .append(esc(country(a.content().memberState()))).append("</dd></dl>"));
        }
        out.append("</ul>");
        return close();
    }

    String definitions(List<PublishedArticle> found) {
        open("definitions", "knowledge.definitions.title", "knowledge.definitions.intro");
        out.append("<ul class=\"kh-list\">");
        for (PublishedArticle a : found) {
            item(a, () -> { });
        }
        out.append("</ul>");
        return close();
    }

    private void open(String page, String title, String intro) {
        String lang = locale.getLanguage();
        out.append("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head><meta charset=\"UTF-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>").append(text(title))
                .append(" | ").append(text("knowledge.site")).append("</title><link rel=\"stylesheet\" href=\"")
                .append(esc(contextPath)).append("/resources/knowledge/knowledge.css\"/></head><body class=\"kh\">")
                .append("<a class=\"kh-skip\" href=\"#main\">").append(text("knowledge.skip")).append("</a>")
                .append("<header class=\"kh-header\"><p class=\"kh-site\">").append(text("knowledge.site")).append("</p>")
                .append("<nav class=\"kh-lang\" aria-label=\"").append(text("knowledge.language")).append("\">");
        for (String[] l : new String[][] {{"en", "English"}, {"nl", "Nederlands"}}) {
            out.append("<a href=\"?lang=").append(l[0]).append("\" lang=\"").append(l[0]).append("\" hreflang=\"").append(l[0])
                    .append("\" aria-current=\"").append(l[0].equals(lang)).append("\">").append(l[1]).append("</a>");
        }
        out.append("</nav><nav class=\"kh-nav\" aria-label=\"").append(text("knowledge.sections")).append("\"><ul>");
        for (String p : List.of("programmes", "support", "definitions")) {
            out.append("<li><a href=\"").append(esc(contextPath + BASE + p + "?lang=" + lang)).append("\"")
                    .append(p.equals(page) ? " aria-current=\"page\"" : "").append(">").append(text("knowledge." + p + ".title"))
                    .append("</a></li>");
        }
        out.append("</ul></nav></header><main id=\"main\" class=\"kh-main\"><h1>").append(text(title)).append("</h1><p>")
                .append(text(intro)).append("</p>");
    }

    private String close() {
        out.append("</main><footer class=\"kh-footer\"><p>").append(text("knowledge.footer")).append("</p></footer></body></html>");
        return out.toString();
    }

    private void item(PublishedArticle a, Runnable facts) {
        ArticleContent c = a.content();
        boolean nl = locale.getLanguage().equals("nl");
        out.append("<li><article class=\"kh-item\" id=\"article-").append(a.id()).append("\"><h2>")
                .append(esc(nl ? c.titleNl() : c.titleEn())).append("</h2>");
        facts.run();
        for (String paragraph : (nl ? c.bodyNl() : c.bodyEn()).split("\\R\\s*\\R")) {
            out.append("<p>").append(esc(paragraph.strip())).append("</p>");
        }
        out.append("<p class=\"kh-meta\">").append(esc(MessageFormat.format(raw("knowledge.version"), a.number(),
                a.publishedAt() == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(a.publishedAt().atOffset(ZoneOffset.UTC)))))
                .append("</p></article></li>");
    }

    private void hiddenLang() {
        out.append("<input type=\"hidden\" name=\"lang\" value=\"").append(locale.getLanguage()).append("\"/>");
    }

    private void memberStateChoice(MemberState ms) {
        out.append("<label for=\"ms\">").append(text("knowledge.memberState")).append("</label><select id=\"ms\" name=\"ms\">")
                .append("<option value=\"\">").append(text("knowledge.filter.all")).append("</option>");
        Arrays.stream(MemberState.values()).sorted(Comparator.comparing(this::country))
                .forEach(m -> option(m.name(), country(m), m == ms));
        out.append("</select>");
    }

    private void option(String value, String label, boolean selected) {
        out.append("<option value=\"").append(value).append("\"").append(selected ? " selected=\"selected\"" : "").append(">")
                .append(esc(label)).append("</option>");
    }

    private void count(int n) {
        out.append("<p class=\"kh-count\" role=\"status\">").append(esc(MessageFormat.format(raw("knowledge.count"), n))).append("</p>");
    }

    /** The Member State's name in the page's language. */
    String country(MemberState ms) {
        return ms == null ? "" : new Locale("", ms.name()).getDisplayCountry(locale);
    }

    private String text(String key) {
        return esc(raw(key));
    }

    private String raw(String key) {
        return texts.containsKey(key) ? texts.getString(key) : key;
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
