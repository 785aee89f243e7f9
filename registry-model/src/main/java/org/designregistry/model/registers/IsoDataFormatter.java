package org.designregistry.model.registers;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats numeric cells for import rather than display: a cell with a date format as an ISO date
 * (or date and time, when it has a time of day), any other number without its display format
 * ({@code 1234.5}, not {@code 1,234.50}).
 */
final class IsoDataFormatter extends DataFormatter {

    @Override
    public String formatRawCellContents(
            double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime time = DateUtil.getLocalDateTime(value, use1904Windowing);
            return time.toLocalTime().toSecondOfDay() == 0
                    ? time.toLocalDate().toString()
                    : time.toString();
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
