#pragma once

#include "FormCatalog.h"
#include "LocalStore.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace junheng {

// The school's forms of the cycle for the home page: one row per form, with the state of its record (a
// single-record form) or its row and error counts (a roster form, counted in SQL). Follows the store
// (recordsChanged), so a save, a finalise or a sync shows at once.
class FormListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FormListModel belongs to AppController")

public:
    enum Role {
        FormIdRole = Qt::UserRole + 1,
        TitleRole,
        DescriptionRole,
        StatusRole,      // "none", "draft", "finalised", "sent", "accepted", "returned"
        StatusLabelRole, // 未开始, 草稿, 已定稿, 已发送, 已接收, 已退回
        RevisionRole,    // 0 when there is no record yet
        UpdatedAtRole,   // "今天 14:05", empty when there is no record yet
        HardCountRole,   // validation of the saved payload
        SoftCountRole,
        MissingCountRole,
        SyncErrorRole, // why the outbox set it aside, empty otherwise
        IsRosterRole,
        RosterRowsRole, // roster forms: rows, rows with errors, rows with warnings
        RosterErrorRowsRole,
        RosterWarningRowsRole,
    };
    Q_ENUM(Role)

    FormListModel(LocalStore *store, const FormCatalog *catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The device's scope; only the forms its role fills (FormDefinition::filledBy) are listed.
    void setScope(const QString &schoolCode, const QString &cycle,
                  const QString &role = QStringLiteral("school"));
    void refresh();

private:
    struct Row
    {
        const FormDefinition *form = nullptr;
        std::optional<LocalRecord> record;
        int hard = 0;
        int soft = 0;
        int missing = 0;
        RosterIssueCounts roster;
    };

    LocalStore *m_store;
    const FormCatalog *m_catalog;
    QString m_schoolCode;
    QString m_cycle;
    QString m_role = QStringLiteral("school");
    QList<Row> m_rows;
};

} // namespace junheng
