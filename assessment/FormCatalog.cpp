#include "FormCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace junheng {

Result<FormCatalog> FormCatalog::load(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return makeError("form.missing",
                         QCoreApplication::translate("FormCatalog", "找不到表单目录 %1。").arg(directory));
    FormCatalog catalog;
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return makeError("form.io", QCoreApplication::translate("FormCatalog", "读不出表单文件 %1：%2")
                                            .arg(file.fileName(), file.errorString()));
        const QByteArray json = file.readAll();
        auto form = FormDefinition::fromJson(json, name);
        if (!form)
            return form.error();
        catalog.m_sources.insert(form->id, json);
        if (catalog.find(form->id))
            return makeError("form.duplicate",
                             QCoreApplication::translate("FormCatalog", "表单 %1 在 %2 中出现了两次。")
                                 .arg(form->id, directory));
        catalog.m_forms.append(std::move(form).value());
    }
    if (catalog.m_forms.isEmpty())
        return makeError(
            "form.missing",
            QCoreApplication::translate("FormCatalog", "表单目录 %1 中没有表单（*.json）。").arg(directory));
    std::sort(catalog.m_forms.begin(), catalog.m_forms.end(),
              [](const FormDefinition &a, const FormDefinition &b) { return a.id < b.id; });
    if (Status checked = catalog.checkCrossFormRules(); !checked)
        return checked.error();
    return catalog;
}

Result<FormCatalog> FormCatalog::withPublished(const QJsonObject &published, QStringList *changed) const
{
    FormCatalog catalog = *this;
    for (auto it = published.constBegin(); it != published.constEnd(); ++it) {
        const QByteArray json = QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact);
        auto form = FormDefinition::fromJson(
            json, QCoreApplication::translate("FormCatalog", "评估周期发布的表单 %1").arg(it.key()));
        if (!form)
            return form.error();
        if (form->id != it.key())
            return makeError("form.definition", QCoreApplication::translate(
                                                    "FormCatalog", "评估周期发布的表单 %1 的定义写的是 %2。")
                                                    .arg(it.key(), form->id));
        const auto same = std::find_if(catalog.m_forms.begin(), catalog.m_forms.end(),
                                       [&](const FormDefinition &f) { return f.id == form->id; });
        if (same != catalog.m_forms.end() && catalog.m_sources.value(form->id) == json)
            continue;
        if (same != catalog.m_forms.end() && same->version == form->version &&
            QJsonDocument::fromJson(catalog.m_sources.value(form->id)).object() == it.value().toObject())
            continue; // the same definition, written differently
        if (changed)
            *changed
                << QCoreApplication::translate("FormCatalog", "%1 第%2版").arg(form->id).arg(form->version);
        catalog.m_sources.insert(form->id, json);
        if (same != catalog.m_forms.end())
            *same = std::move(form).value();
        else
            catalog.m_forms.append(std::move(form).value());
    }
    std::sort(catalog.m_forms.begin(), catalog.m_forms.end(),
              [](const FormDefinition &a, const FormDefinition &b) { return a.id < b.id; });
    if (Status checked = catalog.checkCrossFormRules(); !checked)
        return checked.error();
    return catalog;
}

Status FormCatalog::checkCrossFormRules() const
{
    // A roster rule that compares with another form must name fields that form has (when it is here).
    for (const FormDefinition &form : m_forms) {
        for (const FormRule &rule : form.rules) {
            const FormDefinition *other =
                rule.kind == QLatin1String("sum_matches") ? find(rule.form) : nullptr;
            if (!other)
                continue;
            const QString placeholder = QStringLiteral("{%1}").arg(rule.groupBy);
            const QRegularExpression target(QRegularExpression::anchoredPattern(
                QRegularExpression::escape(rule.target)
                    .replace(QRegularExpression::escape(placeholder), QStringLiteral("-?[0-9]+"))));
            const bool any =
                std::any_of(other->fields.begin(), other->fields.end(),
                            [&](const FormField &field) { return target.match(field.id).hasMatch(); });
            if (!any)
                return makeError(
                    "form.definition",
                    QCoreApplication::translate(
                        "FormCatalog", "表单定义 %1 有误：规则 %2 的 target“%3”在表单 %4 中没有对应的字段。")
                        .arg(form.id, rule.id, rule.target, other->id));
        }
    }
    return Ok{};
}

const FormDefinition *FormCatalog::find(const QString &formId) const
{
    for (const FormDefinition &form : m_forms) {
        if (form.id == formId)
            return &form;
    }
    return nullptr;
}

} // namespace junheng
