#pragma once

#include <QLocale>
#include <QString>
#include <optional>

// The language the programs speak: Chinese (the source text, no translator) or English (the embedded
// junheng_en.qm). QtCore only, so the CLI, the assessment library and the app share it.
namespace junheng::i18n {

enum class Language { Chinese, English };

// "zh_CN" or "en": what the app saves in its settings and what --lang takes.
QString code(Language language);
// Accepts zh, zh_CN, zh-CN, zh_TW.UTF-8, chinese, 中文 / en, en_US.UTF-8, english, English (any case).
std::optional<Language> parse(const QString &text);
// Chinese, or no language at all (the C / POSIX locale of servers and containers) → Chinese, the
// project's own language; any other language → English.
Language fromLocale(const QLocale &locale);
// The CLI's choice without --lang: LC_ALL, then LC_MESSAGES, then LANG (as gettext reads them); unset or
// "C"/"POSIX" → Chinese, the project's own language.
Language fromEnvironment();

// Installs the English translator into QCoreApplication (or removes it for Chinese). Returns false when
// the translation could not be loaded (then the programs stay in Chinese). Needs a QCoreApplication.
bool apply(Language language);
// The language last applied (Chinese until apply() is called).
Language current();
inline bool isEnglish()
{
    return current() == Language::English;
}

// The language-dependent half of a bilingual text from a form definition: en when English is on and
// the definition has it, zh otherwise.
inline const QString &pick(const QString &zh, const QString &en)
{
    return isEnglish() && !en.isEmpty() ? en : zh;
}

} // namespace junheng::i18n
