#pragma once

#include "LocalStore.h"

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQmlIntegration>
#include <memory>

namespace junheng {

// The county home's completeness by town: one row per town of the directory the device pulled — its
// schools, its school forms approved / waiting for review / returned / in progress / not started, how many
// came late, and the share approved — for a cycle (the device's current one unless chosen). Built by the
// same CompletenessTable as the town home's school rows (client/store/Completeness). Reads the store at
// storePath (a second connection) and again on reload() (after a sync).
class TownCompletenessModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString storePath READ storePath WRITE setStorePath NOTIFY storePathChanged)
    Q_PROPERTY(QString cycle READ cycle WRITE setCycle NOTIFY cycleChanged)
    Q_PROPERTY(QString cycleName READ cycleName NOTIFY loaded)
    Q_PROPERTY(QString summary READ summary NOTIFY loaded)
    Q_PROPERTY(QString error READ error NOTIFY loaded)
    // The cycles the device knows, newest first: [{id, name, state, opensOn, closesOn}], for a selector.
    Q_PROPERTY(QVariantList cycles READ cycles NOTIFY loaded)

public:
    enum Role {
        TownCodeRole = Qt::UserRole + 1,
        NameRole,
        SchoolsRole,
        FormsRole, // schools × forms
        ApprovedRole,
        SubmittedRole,
        ReturnedRole,
        DraftRole,
        NotStartedRole,
        LateRole,
        ProgressRole, // approved / forms, 0–1
    };
    Q_ENUM(Role)

    explicit TownCompletenessModel(QObject *parent = nullptr);
    ~TownCompletenessModel() override;

    QString storePath() const { return m_storePath; }
    void setStorePath(const QString &path);
    QString cycle() const { return m_cycle; }
    void setCycle(const QString &cycle);
    QString cycleName() const { return m_cycleName; }
    QString summary() const { return m_summary; }
    QString error() const { return m_error; }
    QVariantList cycles() const { return m_cycles; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void storePathChanged();
    void cycleChanged();
    void loaded();

private:
    struct Row
    {
        QString code, name;
        int schools = 0, forms = 0, approved = 0, submitted = 0, returned = 0, draft = 0, notStarted = 0,
            late = 0;
    };

    QString m_storePath;
    QString m_cycle;
    std::unique_ptr<LocalStore> m_store;
    QList<Row> m_rows;
    QString m_cycleName, m_summary, m_error;
    QVariantList m_cycles;
};

} // namespace junheng
