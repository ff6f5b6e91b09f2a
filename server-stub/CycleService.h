#pragma once

#include "Caller.h"
#include "FormCatalog.h"
#include "Result.h"
#include "Protocol.h"
#include "ReviewWire.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace junheng::server {

// Assessment cycles (docs/protocol.md "Cycles"): a county device creates one (a draft only county devices
// see), publishes it (every device of the county learns it, with its form definitions, through the event
// feed) and closes it. Records that arrive after the closing date are stored and marked late.
class CycleService
{
public:
    CycleService(QSqlDatabase db, const FormCatalog &catalog) : m_db(std::move(db)), m_catalog(catalog) {}

    // Published and closed cycles of the caller's county, newest first; drafts too for a county device.
    Result<QList<protocol::Cycle>> list(const Caller &caller) const;
    // body: {"id", "name", "opens_on", "closes_on", "profile"?, "form_versions"?}. Errors: scope.forbidden
    // (not a county device), request.invalid, cycle.exists.
    Result<protocol::Cycle> create(const Caller &caller, const QJsonObject &body);
    // action "publish" or "close"; body {"person"?}. Errors: scope.forbidden, cycle.unknown, cycle.state.
    Result<protocol::Cycle> change(const Caller &caller, const QString &id, const QString &action,
                                   const QJsonObject &body);
    Result<std::optional<protocol::Cycle>> find(const QString &county, const QString &id) const;

private:
    Status requireCounty(const Caller &caller, const QString &what) const;

    QSqlDatabase m_db;
    const FormCatalog &m_catalog;
};

} // namespace junheng::server
