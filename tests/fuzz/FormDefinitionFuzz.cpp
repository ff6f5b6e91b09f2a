// libFuzzer target: form definitions (docs/forms.md) as the server and the app load them, and the
// validator run on an empty and a fuzzed payload against whatever definition parsed.
#include "FormDefinition.h"
#include "Validator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    auto form = junheng::FormDefinition::fromJson(json, QStringLiteral("fuzz.json"));
    if (!form)
        return 0;
    (void)junheng::Validator::validate(form.value(), QJsonObject());
    (void)junheng::Validator::validate(form.value(), QJsonDocument::fromJson(json).object());
    return 0;
}
