package io.scofacts;

/**
 * Invented news items that all name one cooperation project, each different (batch number,
 * date, figures, closing paragraph), for burst and load tests: what a wire service and its
 * subscribers publish about one signing within hours.
 */
public final class BurstArticles {

    /** The project every item names, as the extractor reads it. */
    public static final String PROJECT = "中吉冷链物流走廊项目";

    private static final String[] CITIES = {"比什凯克", "奥什", "喀什", "乌鲁木齐", "伊塞克湖"};
    private static final String[] CLOSINGS = {
        "业内人士认为，冷链运输能力的提升将带动沿线果蔬出口，并为当地创造更多就业岗位。",
        "双方还商定在年内举办一次物流企业对接会，进一步扩大合作范围。",
        "据了解，两国海关将为走廊内的冷链货物开辟快速通关通道。",
        "当地农户表示，过去樱桃运到口岸常有损耗，如今冷链车直达，收入明显增加。",
    };

    private BurstArticles() {
    }

    /** Item {@code n} (1, 2, …): a few hundred characters; with {@code padTo} > 0, lengthened to about that many. */
    public static String item(int n, int padTo) {
        int month = 1 + n % 12;
        int day = 1 + n % 28;
        String city = CITIES[n % CITIES.length];
        StringBuilder text = new StringBuilder();
        text.append(PROJECT).append("新增第").append(n).append("批合作企业\n");
        text.append("新华社").append(city).append(month).append("月").append(day).append("日电 第").append(n)
                .append("批合作企业").append(day).append("日在").append(city).append("签约").append(PROJECT)
                .append("，新增冷库面积").append(n * 100).append("平方米。据介绍，该项目总投资约")
                .append(4 + n % 5).append(".5亿元，由两国企业共同建设运营。\n");
        text.append("“走廊让两国农产品的运输时间缩短了三分之一。”吉尔吉斯斯坦交通部一位官员说。\n");
        int paragraph = 0;
        while (text.length() < padTo || paragraph == 0) {
            text.append(CLOSINGS[(n + paragraph) % CLOSINGS.length]);
            text.append("这是本批第").append(paragraph + 1).append("条补充信息，编号").append(n).append('-')
                    .append(paragraph + 1).append("。\n");
            paragraph++;
        }
        return text.toString();
    }
}
