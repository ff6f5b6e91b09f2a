#include "Language.h"

#include <QCoreApplication>
#include <QTranslator>
#include <atomic>
#include <memory>

namespace junheng::i18n {

namespace {

std::atomic<Language> s_current{Language::Chinese};

QTranslator *translator()
{
    // Owned by this file for the life of the program; QCoreApplication only keeps a pointer.
    static const std::unique_ptr<QTranslator> instance = std::make_unique<QTranslator>();
    return instance.get();
}

} // namespace

QString code(Language language)
{
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

std::optional<Language> parse(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value.isEmpty())
        return std::nullopt;
    if (value.startsWith(QLatin1String("zh")) || value == QLatin1String("chinese") ||
        value == QStringLiteral("中文"))
        return Language::Chinese;
    if (value.startsWith(QLatin1String("en")) || value == QLatin1String("english"))
        return Language::English;
    return std::nullopt;
}

Language fromLocale(const QLocale &locale)
{
    const QLocale::Language language = locale.language();
    return language == QLocale::Chinese || language == QLocale::C || language == QLocale::AnyLanguage
               ? Language::Chinese
               : Language::English;
}

Language fromEnvironment()
{
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (value.isEmpty())
            continue;
        if (value == QLatin1String("C") || value.startsWith(QLatin1String("C.")) ||
            value == QLatin1String("POSIX"))
            return Language::Chinese;
        return parse(value).value_or(Language::English);
    }
    return Language::Chinese;
}

bool apply(Language language)
{
    QTranslator *english = translator();
    if (language == Language::Chinese) {
        QCoreApplication::removeTranslator(english);
        s_current = Language::Chinese;
        return true;
    }
    if (english->isEmpty() && !english->load(QStringLiteral(":/i18n/junheng_en.qm")))
        return false;
    if (s_current != Language::English) // installing twice would list it twice
        QCoreApplication::installTranslator(english);
    s_current = Language::English;
    return true;
}

Language current()
{
    return s_current;
}

} // namespace junheng::i18n
