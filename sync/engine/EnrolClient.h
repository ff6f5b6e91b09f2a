#pragma once

#include "LocalStore.h"

#include <QJsonObject>
#include <QObject>
#include <memory>

namespace junheng {

class HttpTransport;

// What a county or town device asks the server about enrolment (docs/protocol.md "Enrolment codes from a
// device", "Devices"): a one-time code for a new school, town or county device, with its enrolment link
// (junheng://enrol?…, shown as a QR code), and the enrolled devices of its scope. Both need a connection;
// nothing is stored on this device. Every call ends with one `finished`, from the event loop.
class EnrolClient : public QObject
{
    Q_OBJECT

public:
    explicit EnrolClient(LocalStore *store, QObject *parent = nullptr);
    ~EnrolClient() override;

    // role: school, town or county; scopeCode: the school's or town's code (empty for the county).
    // The reply: {"code", "scope", "link"?, "expires_at"}.
    void issueCode(const QString &role, const QString &scopeCode, const QString &note = {});
    // The reply: {"devices": [...]}.
    void listDevices();

Q_SIGNALS:
    void finished(bool ok, const QJsonObject &reply, const QString &message);

private:
    bool connectTransport();
    void fail(const QString &message);

    LocalStore *m_store;
    std::unique_ptr<HttpTransport> m_transport;
};

} // namespace junheng
