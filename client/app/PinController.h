#pragma once

#include "LocalStore.h"
#include "QmlSingleton.h"

#include <QObject>
#include <QtQmlIntegration>

namespace junheng {

// The PIN that opens the student health data (S5, S6) at start: asked for when the store has one and is
// still locked, set (twice typed) on first use. A wrong PIN says so and opens nothing.
class PinController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool needed READ needed NOTIFY stateChanged)
    Q_PROPERTY(bool settingUp READ settingUp NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)

public:
    explicit PinController(LocalStore *store, QObject *parent = nullptr);
    static PinController *create(QQmlEngine *, QJSEngine *engine)
    {
        return QmlSingleton<PinController>::instanceFor(engine);
    }

    bool needed() const { return m_store && !m_store->isUnlocked(); }
    bool settingUp() const { return m_store && !m_store->hasPin(); }
    QString error() const { return m_error; }

    // Unlocks with the PIN, or on first use sets it (confirm must match). True when the data is open.
    Q_INVOKABLE bool submit(const QString &pin, const QString &confirm = QString());

Q_SIGNALS:
    void stateChanged();

private:
    LocalStore *m_store;
    QString m_error;
};

} // namespace junheng
