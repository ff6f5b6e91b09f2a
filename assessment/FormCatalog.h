#pragma once

#include "FormDefinition.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
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

    // This catalog with the definitions a cycle published (form id -> definition JSON, as pulled from
    // the server) in place of the built-in ones: the county decides which version is collected, so a
    // published definition wins whether its version is newer or older. A form the device does not know
    // is added. `changed` gets "S1 第2版"-style names of what differs. An invalid published definition
    // is an error naming the form; the caller keeps the catalog it has.
    Result<FormCatalog> withPublished(const QJsonObject &published, QStringList *changed = nullptr) const;

    const FormDefinition *find(const QString &formId) const;
    const QList<FormDefinition> &forms() const { return m_forms; }
    // The JSON a form was read from (what a cycle publishes to devices); empty for an unknown id.
    QByteArray source(const QString &formId) const { return m_sources.value(formId); }

private:
    Status checkCrossFormRules() const;

    QList<FormDefinition> m_forms; // sorted by id
    QHash<QString, QByteArray> m_sources;
};

} // namespace junheng
