#include "GzipCodec.h"

#include <zlib.h>

namespace junheng::server {

namespace {
constexpr int GzipWindowBits = 15 + 16; // 15-bit window, gzip header (not zlib)
constexpr qsizetype ChunkBytes = 64 * 1024;
} // namespace

Result<QByteArray> GzipCodec::decompress(const QByteArray &data, qint64 maxBytes)
{
    z_stream stream{};
    if (inflateInit2(&stream, GzipWindowBits) != Z_OK)
        return makeError("server.storage", QStringLiteral("zlib 初始化失败"));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    int result = Z_OK;
    while (result != Z_STREAM_END) {
        const qsizetype before = out.size();
        out.resize(before + ChunkBytes);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + before);
        stream.avail_out = uInt(ChunkBytes);
        result = inflate(&stream, Z_NO_FLUSH);
        out.resize(before + ChunkBytes - qsizetype(stream.avail_out));
        if (out.size() > maxBytes) {
            inflateEnd(&stream);
            return makeError(
                "request.too_large",
                QStringLiteral("解压后的请求体超过了 %1 MiB 的上限（压缩后 %2 字节）。请分批发送。")
                    .arg(maxBytes / (1024 * 1024))
                    .arg(data.size()));
        }
        const bool stuck = result == Z_BUF_ERROR && stream.avail_in == 0;
        if (result == Z_NEED_DICT || result == Z_DATA_ERROR || result == Z_MEM_ERROR || stuck) {
            inflateEnd(&stream);
            return makeError("request.invalid",
                             stuck ? QStringLiteral("请求体标明 gzip 压缩，但数据不完整（被截断）。")
                                   : QStringLiteral("请求体标明 gzip 压缩（Content-Encoding: gzip），"
                                                    "但不是有效的 gzip 数据。"));
        }
    }
    const bool trailing = stream.avail_in != 0;
    inflateEnd(&stream);
    if (trailing)
        return makeError("request.invalid", QStringLiteral("gzip 数据之后还有多余的字节。"));
    return out;
}

QByteArray GzipCodec::compress(const QByteArray &data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, GzipWindowBits, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

} // namespace junheng::server
