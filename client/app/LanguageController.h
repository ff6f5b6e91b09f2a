#pragma once

#include "Language.h"
#include "QmlSingleton.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QtQmlIntegration>

namespace junheng {

// The app's language (中文 / English): chosen at start from the saved setting, else the system locale
// (zh → Chinese, anything else → English); switched live from the home page's language button, which
// saves the choice, installs or removes the translator, retranslates every QML engine (qsTr) and
// signals the controllers to rebuild the texts they made (form labels, validation messages).
class LanguageController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(bool english READ isEnglish NOTIFY languageChanged)

public:
    // settingsFile: an INI file for the saved choice; empty: the app's QSettings (organization Junheng).
    // No default arguments: a default-constructible QML_SINGLETON would be built by QML itself (Qt 6.4
    // prefers the constructor to create()), a second instance that is not the one main() set up.
    LanguageController(QString settingsFile, QObject *parent);
    static LanguageController *create(QQmlEngine *qmlEngine, QJSEngine *engine)
    {
        LanguageController *instance = QmlSingleton<LanguageController>::instanceFor(engine);
        if (instance)
            instance->m_engines.append(qmlEngine);
        return instance;
    }

    // Applies the language for this run: forced (--lang, tests; not saved) if given, else the saved
    // setting, else the system locale.
    void start(const QString &forced = QString());
    // The same choice without applying it (main() needs it before the command line is parsed).
    static i18n::Language choose(const QString &forced, const QString &settingsFile = QString());

    QString language() const { return i18n::code(m_language); } // "zh_CN" or "en"
    bool isEnglish() const { return m_language == i18n::Language::English; }

    // Intent: switch to "zh_CN" or "en" (also "zh", "en_US", ...): saves it and retranslates live.
    Q_INVOKABLE void setLanguage(const QString &code);

    // The saved choice, if any (tests).
    QString savedLanguage() const;

Q_SIGNALS:
    void languageChanged();

private:
    void apply(i18n::Language language);

    QString m_settingsFile;
    i18n::Language m_language = i18n::Language::Chinese;
    QList<QPointer<QQmlEngine>> m_engines;
};

} // namespace junheng
