#pragma once

#include "FormDefinition.h"
#include "Validator.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QtQmlIntegration>

namespace junheng {

// The fields of the open form, in the order of its sections, with what the person typed and what
// validation says about each. FormController fills it; QML only reads it.
class FieldListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FieldListModel belongs to FormController")

public:
    enum Role {
        FieldIdRole = Qt::UserRole + 1,
        LabelRole,
        UnitRole,
        TypeRole, // fieldTypeName(): "integer", "decimal", "choice", "boolean", "decimal_list", …
        RequiredRole,
        HelpRole,
        ChoicesRole,  // [{value, label}]
        TextRole,     // what is typed (or the choice value, or 是/否)
        RelevantRole, // false: hidden, another answer makes it not apply
        MessageRole,  // the Chinese validation message(s) for this field, one per line
        SeverityRole, // "hard", "soft" or ""
        SectionTitleRole,
        SectionStartRole, // first field of its section: the page draws the section header above it
        NeedsReasonRole,  // a soft warning is shown: the page offers a box for the reason to keep the value
        ReasonRole,       // the reason given (payload "_reasons")
    };
    Q_ENUM(Role)

    explicit FieldListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Starts over with a form and the texts to show for each field id.
    void reset(const FormDefinition *form, const QHash<QString, QString> &texts);
    void clear();
    void retranslate();
    int rowOf(const QString &fieldId) const;
    void setText(const QString &fieldId, const QString &text);
    // Relevance and messages from a fresh report. Missing-value messages are shown only for fields in
    // showRequiredFor (touched) or for all when showAllRequired (after a refused finalise).
    void applyReport(const ValidationReport &report, const QJsonObject &payload, const QSet<QString> &touched,
                     bool showAllRequired);

private:
    struct Row
    {
        const FormField *field = nullptr;
        const FormSection *section = nullptr;
        bool sectionStart = false;
        QString text;
        bool relevant = true;
        QString message;
        QString severity;
        bool needsReason = false;
        QString reason;
    };

    QList<Row> m_rows;
};

} // namespace junheng
