#include "LanguageController.h"

#include <QQmlEngine>
#include <QSettings>
#include <memory>

namespace junheng {

namespace {

const QString LanguageKey = QStringLiteral("ui/language");

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    return file.isEmpty() ? std::make_unique<QSettings>()
                          : std::make_unique<QSettings>(file, QSettings::IniFormat);
}

} // namespace

LanguageController::LanguageController(QString settingsFile, QObject *parent)
    : QObject(parent), m_settingsFile(std::move(settingsFile))
{}

i18n::Language LanguageController::choose(const QString &forced, const QString &settingsFile)
{
    if (const auto language = i18n::parse(forced))
        return *language;
    if (const auto language = i18n::parse(openSettings(settingsFile)->value(LanguageKey).toString()))
        return *language;
    return i18n::fromLocale(QLocale::system());
}

void LanguageController::start(const QString &forced)
{
    apply(choose(forced, m_settingsFile));
}

QString LanguageController::savedLanguage() const
{
    return openSettings(m_settingsFile)->value(LanguageKey).toString();
}

void LanguageController::setLanguage(const QString &code)
{
    const std::optional<i18n::Language> language = i18n::parse(code);
    if (!language)
        return;
    openSettings(m_settingsFile)->setValue(LanguageKey, i18n::code(*language));
    if (*language == m_language)
        return;
    apply(*language);
    for (const QPointer<QQmlEngine> &engine : std::as_const(m_engines))
        if (engine)
            engine->retranslate();
    emit languageChanged();
}

void LanguageController::apply(i18n::Language language)
{
    // Without the embedded translation (a broken build) the app stays in Chinese rather than mixing.
    m_language = i18n::apply(language) ? language : i18n::Language::Chinese;
    if (m_language != language)
        i18n::apply(m_language);
}

} // namespace junheng
