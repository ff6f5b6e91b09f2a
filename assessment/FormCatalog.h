#pragma once

#include "FormDefinition.h"

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

private:
    QList<FormDefinition> m_forms; // sorted by id
};

} // namespace junheng
