#pragma once

#include "FormCatalog.h"

#include <QString>

namespace junheng::test {

inline QString dataFile(const QString &name)
{
    return QStringLiteral(JUNHENG_TEST_DATA "/") + name;
}

// The forms built into the programs (S3, S5, S6 are the ones the layouts fill).
inline const FormCatalog &exchangeForms()
{
    static const FormCatalog catalog = FormCatalog::load(FormCatalog::builtInDirectory).value();
    return catalog;
}

} // namespace junheng::test
