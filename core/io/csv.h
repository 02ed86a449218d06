#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

// A CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break, quotes doubled.
std::string csvField(std::string_view text);
// One record: the fields joined by commas, ended by CRLF (RFC 4180).
std::string csvRow(const std::vector<std::string>& fields);

// A CSV file as read: its header and its records, each with the line it starts on (for messages).
struct CsvRecord {
    std::size_t line = 0;
    std::vector<std::string> fields;
};

class CsvTable {
public:
    // Reads RFC 4180 text (CRLF or LF line ends, an optional UTF-8 byte order mark, blank lines skipped).
    // Throws InputError naming `file` and the line for text that is not UTF-8, an unterminated quote, text
    // after a closing quote, a record whose field count differs from the header's, or a header without
    // columns or with a repeated one.
    static CsvTable parse(std::string_view text, std::string file);

    const std::string& file() const { return file_; }
    const std::vector<std::string>& header() const { return header_; }
    const std::vector<CsvRecord>& records() const { return records_; }

    // The index of a column by its header name; none when the file has no such column.
    std::optional<std::size_t> column(std::string_view name) const;
    // The same, or an InputError naming the file and the missing column.
    std::size_t requiredColumn(std::string_view name) const;

private:
    std::string file_;
    std::vector<std::string> header_;
    std::vector<CsvRecord> records_;
};

} // namespace cs
