#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace junheng {

// Brings a device database from whatever version it has (PRAGMA user_version) to the newest, one
// numbered step at a time, each in its own transaction. A database from a newer app is refused.
Status migrateLocalDatabase(QSqlDatabase &db, int targetVersion);

} // namespace junheng
