#pragma once

#include <QString>

namespace junheng {

class LocalStore;

// The county's (or town's) national fitness upload file written on the device from the records it has
// pulled (导出体测上报文件 on the dashboard and the county home), through exchange/UploadFile like the CLI
// and the server. No network: it works offline.
class UploadExport
{
public:
    struct Outcome
    {
        bool ok = false;
        QString path;    // the file written
        int rows = 0;    // pupils in it
        int schools = 0; // schools they come from
        QString message; // what was saved, or what went wrong, for the clerk
    };

    // Writes "<县/乡镇名>国家学生体质健康标准上报.xlsx" into `folder` from `store`'s S6 rows of `cycle`.
    // `areaName`: the county's name, with the town's on a town device.
    static Outcome write(LocalStore &store, const QString &cycle, const QString &areaName,
                         const QString &folder);
};

} // namespace junheng
