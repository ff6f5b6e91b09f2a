#include "ValueNormaliser.h"

#include "Duration.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <cmath>

namespace junheng::ValueNormaliser {

namespace {

// A function, not a constant: the text follows the language in use when the message is made.
QString durationExample()
{
    return QCoreApplication::translate("ValueNormaliser", "3′45″（3 分 45 秒）");
}

NormalisedValue failure(const QString &rule, const QString &message)
{
    NormalisedValue out;
    out.rule = rule;
    out.error = message;
    return out;
}

NormalisedValue value(const QJsonValue &stored, const QString &written, const QString &shown)
{
    NormalisedValue out;
    out.value = stored;
    if (written != shown)
        out.note = QCoreApplication::translate("ValueNormaliser", "“%1”按“%2”读入").arg(written, shown);
    return out;
}

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

NormalisedValue sex(const QString &text, const QString &label)
{
    static const QStringList male{"1", "男", "男生", "男性", "M", "m", "male", "Male"};
    static const QStringList female{"2", "女", "女生", "女性", "F", "f", "female", "Female"};
    if (male.contains(text))
        return value(QStringLiteral("1"), text, text == QLatin1String("1") ? text : QStringLiteral("男"));
    if (female.contains(text))
        return value(QStringLiteral("2"), text, text == QLatin1String("2") ? text : QStringLiteral("女"));
    return failure(
        "sex", QCoreApplication::translate("ValueNormaliser",
                                           "「%1」只能填 男 或 女（也可以填 1 = 男、2 = 女），现在是“%2”。")
                   .arg(label, text));
}

NormalisedValue date(const QString &text, const QString &label)
{
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    QDate parsed;
    if (auto m = ymd.match(text); m.hasMatch())
        parsed = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (auto c = compact.match(text); c.hasMatch())
        parsed = QDate(c.captured(1).toInt(), c.captured(2).toInt(), c.captured(3).toInt());
    else if (const auto serial = number(text); serial && *serial >= 1 && *serial < 2958466) {
        const QString iso = excelSerialToIsoDate(*serial);
        NormalisedValue out = value(iso, text, iso);
        out.note =
            QCoreApplication::translate("ValueNormaliser", "Excel 日期序号 %1 按 %2 读入").arg(text, iso);
        return out;
    }
    if (parsed.isValid()) {
        const QString iso = parsed.toString(Qt::ISODate);
        return value(iso, text, iso);
    }
    return failure(
        "date", QCoreApplication::translate(
                    "ValueNormaliser", "「%1」应为日期，例如 2014-09-01、2014/9/1 或 20140901，现在是“%2”。")
                    .arg(label, text));
}

NormalisedValue duration(const QString &text, const QString &label)
{
    if (text.contains(QLatin1Char(':')) || text.contains(QChar(0xFF1A)))
        return failure("duration",
                       QCoreApplication::translate(
                           "ValueNormaliser", "「%1」写成了“%2”：Excel 会把冒号当作几点几分。请写成 %3。")
                           .arg(label, text, durationExample()));
    if (const auto seconds = parseDuration(text)) {
        const QString shown = formatDuration(*seconds);
        return value(*seconds, text, shown);
    }
    if (const auto n = number(text); n && *n > 0 && *n < 1)
        return failure("duration", QCoreApplication::translate(
                                       "ValueNormaliser",
                                       "「%1」是 Excel 的时刻值（%2），原文件多半写成了“分:秒”。请写成 %3。")
                                       .arg(label, text, durationExample()));
    return failure("duration", QCoreApplication::translate("ValueNormaliser",
                                                           "「%1」应写成 分′秒″，例如 %2，现在是“%3”。")
                                   .arg(label, durationExample(), text));
}

NormalisedValue ethnicity(const QString &text, const QString &label)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,2}$"));
    QString code = text;
    if (code.endsWith(QLatin1String(".0")))
        code.chop(2);
    if (!digits.match(code).hasMatch() || code.toInt() < 1 || code.toInt() > 98)
        return failure(
            "ethnicity",
            QCoreApplication::translate(
                "ValueNormaliser",
                "「%1」应为两位数字的民族代码（01 汉族 … 56 基诺族，97 其他，98 外国血统），现在是“%2”。")
                .arg(label, text));
    const QString padded = code.rightJustified(2, QLatin1Char('0'));
    return value(padded, text, padded);
}

NormalisedValue grade(const QString &text, const QString &label)
{
    static const QStringList chinese{"一", "二", "三", "四", "五", "六", "七", "八", "九"};
    static const QRegularExpression number1to9(QStringLiteral("^([1-9])(年级)?$"));
    static const QRegularExpression chineseGrade(QStringLiteral("^([一二三四五六七八九])年级$"));
    static const QRegularExpression junior(QStringLiteral("^初([一二三])$"));
    static const QRegularExpression code(QStringLiteral("^(1[1-6]|2[1-3])$"));
    int grade = 0;
    if (auto m = number1to9.match(text); m.hasMatch())
        grade = m.captured(1).toInt();
    else if (auto c = chineseGrade.match(text); c.hasMatch())
        grade = int(chinese.indexOf(c.captured(1))) + 1;
    else if (auto j = junior.match(text); j.hasMatch())
        grade = int(chinese.indexOf(j.captured(1))) + 7;
    else if (auto g = code.match(text); g.hasMatch())
        grade = g.captured(1).toInt() < 20 ? g.captured(1).toInt() - 10 : g.captured(1).toInt() - 14;
    if (grade == 0)
        return failure(
            "grade", QCoreApplication::translate("ValueNormaliser",
                                                 "「%1」应为 1–9 年级（例如 3、三年级、初一），现在是“%2”。")
                         .arg(label, text));
    return value(grade, text, QString::number(grade));
}

NormalisedValue gradeCode(const QString &text, const QString &label)
{
    static const QRegularExpression code(QStringLiteral("^(1[1-6]|2[1-3]|3[1-3])(\\.0)?$"));
    if (auto m = code.match(text); m.hasMatch())
        return value(m.captured(1).toInt(), text, m.captured(1));
    static const QStringList chinese{"一", "二", "三", "四", "五", "六", "七", "八", "九"};
    static const QRegularExpression named(QStringLiteral("^(初|高)?([一二三四五六七八九])(年级)?$"));
    int result = 0;
    if (auto m = named.match(text); m.hasMatch()) {
        const int n = int(chinese.indexOf(m.captured(2))) + 1;
        if (m.captured(1) == u"初" && n <= 3)
            result = 20 + n;
        else if (m.captured(1) == u"高" && n <= 3)
            result = 30 + n;
        else if (m.captured(1).isEmpty() && !m.captured(3).isEmpty())
            result = n <= 6 ? 10 + n : 14 + n; // 七年级 = 初一 = 21
    }
    if (result == 0)
        return failure("grade_code",
                       QCoreApplication::translate(
                           "ValueNormaliser", "「%1」应为年级编号 11–16（一至六年级）、21–23（初一至初三）或 "
                                              "31–33（高一至高三），也可以写“三年级”“初一”，现在是“%2”。")
                           .arg(label, text));
    return value(result, text, QString::number(result));
}

NormalisedValue birthYear(const QString &text, const QString &label)
{
    static const QRegularExpression year(
        QStringLiteral("^(19|20)(\\d{2})(\\s*年)?([-/.年]?\\s*\\d{1,2}.*)?$"));
    if (auto m = year.match(text); m.hasMatch()) {
        const int y = QString(m.captured(1) + m.captured(2)).toInt();
        return value(y, text, QString::number(y));
    }
    return failure("birth_year", QCoreApplication::translate("ValueNormaliser",
                                                             "「%1」应为出生年份（例如 1985），现在是“%2”。")
                                     .arg(label, text));
}

} // namespace

QString halfWidth(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const ushort u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E && u != 0xFF07 && u != 0xFF02) // keep ＇＂ for duration marks
            out += QChar(u - 0xFF01 + 0x21);
        else if (u == 0x3000)
            out += QLatin1Char(' ');
        else if (u == 0x2212)
            out += QLatin1Char('-');
        else
            out += c;
    }
    return out.trimmed();
}

std::optional<int> parseDuration(const QString &text)
{
    return Duration::parse(text).seconds;
}

QString formatDuration(int seconds)
{
    return Duration::format(seconds);
}

QString excelSerialToIsoDate(double serial)
{
    // Day 1 is 1900-01-01; Excel counts a 29 Feb 1900 that never was, so serials from 61 on are one
    // day ahead: counting from 1899-12-30 is right for every date after February 1900.
    const QDate epoch(1899, 12, 30);
    const QDate date = epoch.addDays(qint64(std::floor(serial)));
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

NormalisedValue normalise(ValueKind kind, const QString &text, const QString &label)
{
    QString clean = halfWidth(text);
    // Ids kept as text by the tricks people use in Excel: ="0123" in a CSV, or a leading apostrophe.
    if (kind == ValueKind::Code || kind == ValueKind::Ethnicity) {
        if (clean.startsWith(QLatin1String("=\"")) && clean.endsWith(QLatin1Char('"')) && clean.size() >= 3)
            clean = clean.mid(2, clean.size() - 3).trimmed();
        else if (clean.startsWith(QLatin1Char('\'')) || clean.startsWith(QChar(0x2018)))
            clean = clean.mid(1).trimmed();
    }
    if (clean.isEmpty())
        return NormalisedValue{QJsonValue(QJsonValue::Null), {}, {}, {}};
    switch (kind) {
    case ValueKind::Plain:
    case ValueKind::Code:
        return value(clean, text.trimmed(), clean);
    case ValueKind::Sex:
        return sex(clean, label);
    case ValueKind::Date:
        return date(clean, label);
    case ValueKind::Duration:
        return duration(clean, label);
    case ValueKind::Ethnicity:
        return ethnicity(clean, label);
    case ValueKind::Grade:
        return grade(clean, label);
    case ValueKind::BirthYear:
        return birthYear(clean, label);
    case ValueKind::GradeCode:
        return gradeCode(clean, label);
    }
    return value(clean, text, clean);
}

} // namespace junheng::ValueNormaliser
