#pragma once

#include "LocalStore.h"

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQmlIntegration>
#include <memory>

namespace junheng {

// The completeness of the device's current cycle for a town or county home: one row per school of its
// scope (by town) with each school form's review state, the review queue (submissions waiting for a
// decision) and the deadline. Reads the store at storePath (a second connection, read only) and again on
// reload() (after a sync).
class CompletenessModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString storePath READ storePath WRITE setStorePath NOTIFY storePathChanged)
    Q_PROPERTY(QStringList forms READ forms NOTIFY loaded)
    Q_PROPERTY(QString cycleName READ cycleName NOTIFY loaded)
    Q_PROPERTY(QString deadlineText READ deadlineText NOTIFY loaded)
    Q_PROPERTY(QString summary READ summary NOTIFY loaded)
    Q_PROPERTY(QVariantList queue READ queue NOTIFY loaded)
    Q_PROPERTY(QString error READ error NOTIFY loaded)

public:
    enum Role { CodeRole = Qt::UserRole + 1, NameRole, TownRole, CellsRole, ApprovedRole };
    Q_ENUM(Role)

    explicit CompletenessModel(QObject *parent = nullptr);
    ~CompletenessModel() override;

    QString storePath() const { return m_storePath; }
    void setStorePath(const QString &path);
    QStringList forms() const { return m_forms; }
    QString cycleName() const { return m_cycleName; }
    QString deadlineText() const { return m_deadlineText; }
    QString summary() const { return m_summary; }
    QVariantList queue() const { return m_queue; }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void storePathChanged();
    void loaded();

private:
    struct Row
    {
        QString code;
        QString name;
        QString town;
        QVariantList cells;
        int approved = 0;
    };

    QString m_storePath;
    std::unique_ptr<LocalStore> m_store;
    QList<Row> m_rows;
    QStringList m_forms;
    QString m_cycleName;
    QString m_deadlineText;
    QString m_summary;
    QVariantList m_queue;
    QString m_error;
};

} // namespace junheng
