#pragma once

#include "FormDefinition.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace junheng {

// The form definitions of a cycle, read from a directory of <ID>.json files (":/forms" for the ones
// built into the programs).
class FormCatalog
{
public:
    static constexpr const char *builtInDirectory = ":/forms";

    static Result<FormCatalog> load(const QString &directory);

    const FormDefinition *find(const QString &formId) const;
    const QList<FormDefinition> &forms() const { return m_forms; }
    // The JSON a form was read from (what a cycle publishes to devices); empty for an unknown id.
    QByteArray source(const QString &formId) const { return m_sources.value(formId); }

private:
    QList<FormDefinition> m_forms; // sorted by id
    QHash<QString, QByteArray> m_sources;
};

} // namespace junheng
