#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace junheng::server {

// What the command line (and the config file it names) asked for. Flags override the file. Errors from
// parse() are usage errors (exit code 2).
struct ServerConfig
{
    enum class Command { Serve, InitDemo, IssueCode, ListSchools, RevokeDevice, Help, Version };

    static constexpr quint16 DefaultPort = 8470;

    Command command = Command::Serve;
    QString dataDir;
    QString database; // a postgres:// URL; empty: SQLite in DIR/server.db
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = DefaultPort;
    bool demo = false;
    QString formsDir; // empty: the forms built into the program (":/forms")
    QString tlsCertificate;
    QString tlsKey;
    bool insecureHttp = false;   // plain HTTP: loopback only
    int enrolPerMinute = 10;     // enrolment attempts per remote address and minute (0: no limit)
    int requestsPerMinute = 600; // requests per device token and minute (0: no limit)
    QString issueRole;           // issue-code: school, town, county or admin
    QString issueScope;
    QString enrolQrFile; // issue-code --qr: write the enrolment link's QR code (PNG) here
    QString enrolUrl;    // issue-code --url: the server's address as devices reach it (in the link)
    QString deviceId;    // revoke-device
    bool json = false;
    QString configFile;
    QString helpText;

    // arguments as in QCoreApplication::arguments() (the program name first).
    static Result<ServerConfig> parse(const QStringList &arguments);

    // The database location ServerDatabase::open() takes: the URL, or DIR/server.db.
    QString databaseLocation() const;
    QString databasePath() const;
    QString codesFilePath() const;
    // Where the generated self-signed certificate and key live when none is given.
    QString generatedCertificatePath() const;
    QString generatedKeyPath() const;
    bool usesTls() const { return !insecureHttp; }
};

} // namespace junheng::server
