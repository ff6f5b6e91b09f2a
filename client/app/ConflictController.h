#pragma once

#include "FormCatalog.h"
#include "LocalStore.h"
#include "QmlSingleton.h"

#include <QObject>
#include <QVariantList>
#include <QtQmlIntegration>

namespace junheng {

// The conflict page: one record changed here and on the server in the same fields. For each such field
// it offers the label, this device's value, the server's and the value both started from; the person
// picks a side per field and saves. The saved record is a new revision based on the server's: the
// fields nobody disputes keep both sides' changes, the disputed ones take the chosen side. If the mix
// does not pass the form's checks it is kept as a draft (not sent) and the notice says what to do.
class ConflictController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    // [{field, label, mine, theirs, base, choice ("mine" or "theirs")}]
    Q_PROPERTY(QVariantList fields READ fields NOTIFY changed)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)

public:
    ConflictController(LocalStore *store, const FormCatalog *catalog, QObject *parent = nullptr);
    static ConflictController *create(QQmlEngine *, QJSEngine *engine)
    {
        return QmlSingleton<ConflictController>::instanceFor(engine);
    }

    bool isLoaded() const { return m_conflict.has_value(); }
    QString title() const { return m_title; }
    QString summary() const;
    QVariantList fields() const;
    QString notice() const { return m_notice; }

    // Reads the conflict of this record; false (and a notice) if there is none any more.
    bool load(const QString &uuid);
    // Intents of the page.
    Q_INVOKABLE void choose(int index, const QString &side);
    Q_INVOKABLE void chooseAll(const QString &side);
    Q_INVOKABLE bool save();
    Q_INVOKABLE void leave();

    // The record as it will be saved with the current choices.
    QJsonObject resolvedPayload() const;

Q_SIGNALS:
    void changed();
    void noticeChanged();
    // Saved: the page closes; `message` says what happened (sent next, or kept as a draft).
    void resolved(const QString &message);

private:
    QString labelOf(const QString &field) const;
    QString textOf(const QString &field, const QJsonValue &value, const QJsonObject &payload) const;
    void setNotice(const QString &notice);

    LocalStore *m_store;
    const FormCatalog *m_catalog;
    std::optional<RecordConflict> m_conflict;
    const FormDefinition *m_form = nullptr;
    QString m_title;
    QStringList m_choices; // per conflicting field: "mine" or "theirs"
    QString m_notice;
};

} // namespace junheng
