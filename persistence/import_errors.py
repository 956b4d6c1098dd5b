"""The one error every import reader raises, with a stable code the UI and CLI put into words.

Codes (shared/messages.py gives each its words): empty_file, io_error, unsupported_extension, too_large, not_text,
unknown_encoding, not_xlsx, html_table, truncated, corrupt, encrypted, too_many_members, unsafe_member_name,
zip_bomb, bad_xml, duplicate_sheet_name, too_many_rows, too_many_columns, too_many_cells, too_much_text,
cell_too_long, unclosed_quote, formula_without_value, reader_crashed, reader_out_of_memory, reader_timeout.
("xls_binary" is no longer raised: .xls files are read.) The detail is for logs and for the place in the file
(a sheet, a row, a line); it is at most a few hundred characters and never a whole cell value.
"""

from __future__ import annotations

# Codes added for issues 13/14, with the words the UI should show (for shared/messages.py and its .ts file).
NEW_CODE_WORDS = {
    "duplicate_sheet_name": ("Two sheets have the same name; rename one in Excel and save again",
                             "工作簿中有两个同名工作表，请在 Excel 中改名后重新保存"),
    "too_much_text": ("The file holds too much text to import at once; split it",
                      "文件中的文字总量超出导入上限，请拆分后再导入"),
    "cell_too_long": ("A cell holds more than 32,767 characters (Excel's limit)",
                      "有单元格超过 32,767 个字符（Excel 的上限）"),
    "unclosed_quote": ("A quotation mark is opened and never closed (see the row named)",
                       "文件中有未闭合的引号（见所示行）"),
    "html_table": ("This is a web page (HTML) saved as .xls; open it in Excel and save as .xlsx",
                   "这是另存为 .xls 的网页（HTML）表格，请在 Excel 中打开并另存为 .xlsx"),
    "reader_crashed": ("The file could not be read: the reader stopped on it",
                       "读取该文件时读取程序意外终止，文件可能已损坏"),
    "reader_out_of_memory": ("The file needs more memory to read than is allowed",
                             "读取该文件所需内存超出上限"),
    "reader_timeout": ("Reading the file took too long and was stopped",
                       "读取文件超时，已停止"),
}
CHANGED_CODE_WORDS = {  # existing codes whose words no longer fit
    "not_xlsx": ("Not an Excel workbook (.xlsx, .xlsm or .xls)", "不是 Excel 工作簿（.xlsx、.xlsm 或 .xls）"),
    "unsupported_extension": ("Only .xlsx, .xlsm, .xls, .csv and .txt files can be imported",
                              "只能导入 .xlsx、.xlsm、.xls、.csv 和 .txt 文件"),
    "unknown_encoding": ("Unknown text encoding: save it as UTF-8 or GBK, or choose the encoding",
                         "无法确定文本编码：请另存为 UTF-8 或 GBK，或手动选择编码"),
}


class UnreadableFile(Exception):
    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code, self.detail = code, detail
