#pragma once

// A small roster form shaped like S6 (体质健康测试), and rows for it, for the store, page and bench tests
// that must not wait for the real forms. Its fields use the S6 ids of docs/form-fields.md.
#include "FormDefinition.h"

#include <QJsonObject>
#include <QList>

namespace junheng::testing {

inline const char *rosterFixtureJson()
{
    return R"json({
 "id": "T6", "version": 1, "kind": "roster", "key": ["student_id"],
 "title": {"zh": "体质测试（测试用）", "en": "Fitness (test)"},
 "sections": [{"title": {"zh": "学生"}, "fields": [
  {"id": "grade_code", "type": "integer", "label": {"zh": "年级编号"}, "required": true, "min": 11, "max": 33},
  {"id": "class_name", "type": "text", "label": {"zh": "班级名称"}, "required": true},
  {"id": "student_id", "type": "text", "label": {"zh": "学籍号"}, "required": true},
  {"id": "name", "type": "text", "label": {"zh": "姓名"}, "required": true},
  {"id": "sex", "type": "choice", "label": {"zh": "性别"}, "required": true,
   "choices": [{"value": "1", "label": {"zh": "男"}}, {"value": "2", "label": {"zh": "女"}}]},
  {"id": "height", "type": "decimal", "label": {"zh": "身高"}, "unit": "厘米", "precision": 1,
   "min": 80, "max": 250, "soft_min": 100, "soft_max": 200},
  {"id": "weight", "type": "decimal", "label": {"zh": "体重"}, "unit": "千克", "precision": 1,
   "min": 10, "max": 200, "soft_min": 15, "soft_max": 120},
  {"id": "run50", "type": "decimal", "label": {"zh": "50米跑"}, "unit": "秒", "precision": 1,
   "min": 5, "max": 30, "soft_min": 6.5, "soft_max": 14}
 ]}]})json";
}

inline FormDefinition rosterFixtureForm()
{
    return FormDefinition::fromJson(rosterFixtureJson(), "T6 fixture").value();
}

// Row i of a plausible school: grades 11-16, six classes each, alternating sex; every value valid.
inline QJsonObject rosterFixtureRow(int i)
{
    static const char16_t *const surnames = u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    static const char16_t *const given = u"明华强丽静伟芳军洋勇艳杰娟涛超霞平刚桂英";
    const int grade = 11 + (i / 6) % 6;
    QString name;
    name += QChar(surnames[i % 20]);
    name += QChar(given[(i / 20) % 20]);
    if (i % 3 == 0)
        name += QChar(given[(i / 7) % 20]);
    return QJsonObject{{"grade_code", grade},
                       {"class_name", QStringLiteral("%1班").arg((i / 36) % 6 + 1)},
                       {"student_id", QStringLiteral("G3701%1").arg(i, 8, 10, QLatin1Char('0'))},
                       {"name", name},
                       {"sex", i % 2 == 0 ? "1" : "2"},
                       {"height", 120 + (i % 50)},
                       {"weight", 25 + (i % 30)},
                       {"run50", 8.5 + (i % 20) / 10.0}};
}

inline QList<QJsonObject> rosterFixtureRows(int count, int first = 0)
{
    QList<QJsonObject> rows;
    rows.reserve(count);
    for (int i = first; i < first + count; ++i)
        rows.append(rosterFixtureRow(i));
    return rows;
}

} // namespace junheng::testing
