#include "base/input_error.h"
#include "io/csv.h"

#include <gtest/gtest.h>

namespace cs::test {
namespace {

TEST(Csv, FieldsAreQuotedOnlyWhenTheyMustBe) {
    EXPECT_EQ(csvField("leaf-1"), "leaf-1");
    EXPECT_EQ(csvField("leaf \"A\", row 1"), "\"leaf \"\"A\"\", row 1\"");
    EXPECT_EQ(csvField("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(csvField(""), "");
    EXPECT_EQ(csvRow({"a", "b,c", ""}), "a,\"b,c\",\r\n");
}

TEST(Csv, ReadsWhatItWritesBack) {
    const std::vector<std::string> tricky = {"plain", "comma, inside", "quote \"here\"", "line\nbreak", ""};
    const std::string text =
        csvRow({"a", "b", "c", "d", "e"}) + csvRow(tricky) + csvRow({"1", "2", "3", "4", "5"});
    const CsvTable table = CsvTable::parse(text, "t.csv");
    ASSERT_EQ(table.records().size(), 2u);
    EXPECT_EQ(table.header(), (std::vector<std::string>{"a", "b", "c", "d", "e"}));
    EXPECT_EQ(table.records()[0].fields, tricky);
    EXPECT_EQ(table.records()[0].line, 2u);
    EXPECT_EQ(table.records()[1].line, 4u); // the quoted line break took a line
    EXPECT_EQ(table.column("c"), 2u);
    EXPECT_FALSE(table.column("z"));
}

TEST(Csv, TakesLfLineEndsAByteOrderMarkAndBlankLines) {
    const CsvTable table = CsvTable::parse("\xEF\xBB\xBFname,u\n\nr1,42\nr2,\n", "racks.csv");
    EXPECT_EQ(table.header().front(), "name");
    ASSERT_EQ(table.records().size(), 2u);
    EXPECT_EQ(table.records()[1].fields, (std::vector<std::string>{"r2", ""}));
    EXPECT_EQ(table.records()[1].line, 4u);
}

TEST(Csv, ErrorsNameTheFileAndTheLine) {
    const auto message = [](std::string_view text) {
        try {
            CsvTable::parse(text, "devices.csv");
        } catch (const InputError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_EQ(message("a,b\n1,\"open\n"), "devices.csv line 2: unterminated quoted field");
    EXPECT_EQ(message("a,b\n1,2,3\n"), "devices.csv line 2: 3 fields, the header has 2");
    EXPECT_EQ(message("a,b\n\"x\"y,2\n"), "devices.csv line 2: text after the closing quote of a field");
    EXPECT_EQ(message("a,a\n"), "devices.csv line 1: column 'a' appears twice");
    EXPECT_EQ(message("a,,b\n"), "devices.csv line 1: column 2 has no name");
    EXPECT_EQ(message(""), "devices.csv: no header line");
    EXPECT_EQ(message("a\nok\nbad \xC3\x28\n"), "devices.csv line 3: not UTF-8 text (byte 10)");
    const CsvTable table = CsvTable::parse("a\n1\n", "devices.csv");
    EXPECT_THROW(table.requiredColumn("name"), InputError);
}

} // namespace
} // namespace cs::test
