package io.scofacts.core.extract.country;

import static io.scofacts.core.extract.TestArticles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseCountryNamesTest {

    @Test
    void findsCldrNamesAndAliasesInSimplifiedChinese() {
        assertEquals(List.of("CN:中国", "UZ:乌兹别克斯坦", "KZ:哈萨克斯坦", "KG:吉尔吉斯斯坦", "TJ:塔吉克斯坦"),
                CountryFinds.in(zh("中国同乌兹别克斯坦、哈萨克斯坦、吉尔吉斯斯坦和塔吉克斯坦的数字贸易额持续增长。")));
        assertEquals(List.of("CN:中华人民共和国", "RU:俄罗斯联邦", "CN:我国"),
                CountryFinds.in(zh("中华人民共和国与俄罗斯联邦签署联合声明，我国企业将参与建设。")));
        assertEquals(List.of("MN:蒙古国", "KG:吉尔吉斯共和国", "AE:阿联酋", "SA:沙特"),
                CountryFinds.in(zh("蒙古国、吉尔吉斯共和国代表与阿联酋、沙特企业家座谈。")));
    }

    @Test
    void longestNameWins() {
        assertEquals(List.of("ID:印度尼西亚", "IN:印度"), CountryFinds.in(zh("印度尼西亚和印度的代表出席论坛")));
        assertEquals(List.of("PG:巴布亚新几内亚", "GN:几内亚"), CountryFinds.in(zh("巴布亚新几内亚与几内亚建立联系")));
        assertEquals(List.of("SO:索马里", "ML:马里"), CountryFinds.in(zh("索马里和马里的学员参加培训")));
        assertEquals(List.of("BY:白俄罗斯", "RU:俄罗斯"), CountryFinds.in(zh("白俄罗斯与俄罗斯加强合作")));
        assertEquals(List.of("SS:南苏丹", "SD:苏丹"), CountryFinds.in(zh("南苏丹和苏丹的官员会面")));
    }

    @Test
    void dayOfDateBeforeBenIsNotJapan() {
        assertEquals(List.of(), CountryFinds.in(zh("7月16日本次论坛在天津开幕")));
        assertEquals(List.of(), CountryFinds.in(zh("十六日本届博览会闭幕")));
        assertEquals(List.of(), CountryFinds.in(zh("今日本报记者从现场获悉")));
        assertEquals(List.of("JP:日本"), CountryFinds.in(zh("7月16日日本代表团抵达天津")));
        assertEquals(List.of("JP:日本", "KR:韩国"), CountryFinds.in(zh("日本和韩国的企业也派员参会")));
    }

    @Test
    void regionsProvincesAndPeoplesAreNotCountries() {
        assertEquals(List.of("MN:蒙古国"), CountryFinds.in(zh("内蒙古自治区与蒙古国签署口岸合作协议")));
        assertEquals(List.of("IN:印度"), CountryFinds.in(zh("印度洋航线连接印度港口")));
        assertEquals(List.of(), CountryFinds.in(zh("中亚国家、中东地区和中美洲国家")));
        assertEquals(List.of(), CountryFinds.in(zh("朝鲜族和蒙古族群众载歌载舞")));
        assertEquals(List.of(), CountryFinds.in(zh("朝鲜半岛局势与日本海渔业")));
        assertEquals(List.of(), CountryFinds.in(zh("上合组织和非洲联盟发表声明")));
    }

    @Test
    void countryNameInsideAnotherWordIsNotRead() {
        assertEquals(List.of(), CountryFinds.in(zh("发展中国家的数字鸿沟仍在扩大")));
        assertEquals(List.of(), CountryFinds.in(zh("欧美国家和拉美国家的代表")));
        assertEquals(List.of("CN:中国"), CountryFinds.in(zh("其中国有企业占六成，尤其中国企业表现突出")));
        assertEquals(List.of(), CountryFinds.in(zh("在合作中国际社会普遍认可")));
        assertEquals(List.of(), CountryFinds.in(zh("依法国有资产管理，合法国家机构")));
        assertEquals(List.of("HT:海地"), CountryFinds.in(zh("上海地区企业与沿海地带园区向海地捐赠物资")));
        assertEquals(List.of(), CountryFinds.in(zh("河南非遗项目和湖南非物质文化遗产")));
        assertEquals(List.of(), CountryFinds.in(zh("增加纳入统计的企业数量")));
    }

    @Test
    void transliteratedNamesAndPlacesThatContainAName() {
        assertEquals(List.of(), CountryFinds.in(zh("理查德教授在纽芬兰和新墨西哥州讲学")));
        assertEquals(List.of("GB:英国"), CountryFinds.in(zh("北爱尔兰属于英国")));
        assertEquals(List.of(), CountryFinds.in(zh("博尔塔拉蒙古自治州和马里亚纳群岛")));
        assertEquals(List.of("OM:阿曼苏丹国", "KR:南朝鲜"), CountryFinds.in(zh("阿曼苏丹国与南朝鲜")));
    }

    @Test
    void dayNumberSeparatedBySpaceInOcrText() {
        assertEquals(List.of(), CountryFinds.in(zh("7 月 16 日 本 次 会 议")));
    }

    @Test
    void nameInsideCompanyNameIsNotTheCountry() {
        assertEquals(List.of("UZ:乌兹别克斯坦"),
                CountryFinds.in(zh("天津企业与阿拉木图北方瑞士有限公司在乌兹别克斯坦合作")));
    }

    @Test
    void regionsOfChinaAreNotReportedAsCountries() {
        List<String> found = CountryFinds.in(zh("台湾和澳门的企业，以及中国香港特别行政区代表"));
        assertTrue(found.stream().noneMatch(f -> f.startsWith("TW") || f.startsWith("MO") || f.startsWith("HK")),
                found.toString());
    }

    @Test
    void spacedOutOcrTextStillMatchesAndSpanCoversTheSpaces() {
        assertEquals(List.of("CN:中 国", "UZ:乌 兹 别 克\n斯 坦"),
                CountryFinds.in(zh("新 华 社 北 京 电 中 国 与 乌 兹 别 克\n斯 坦 合 作")));
        assertEquals(List.of(), CountryFinds.in(zh("会议在合作中\n\n国家数据局发布")), "paragraph break does not join");
    }

    @Test
    void fullWidthTextIsMatchedThroughTheView() {
        assertEquals(List.of("US:ＵＳＡ", "CN:中国"), CountryFinds.in(zh("ＵＳＡ与中国")));
    }
}
