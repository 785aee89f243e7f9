package org.designregistry.server.registers;

import org.designregistry.model.registers.RegisterMappings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /registers}: the spreadsheet registers page. Everyone may download each register as XLSX
 * or CSV; editors upload a register, pick its mapping, see the preview row by row (with rows read
 * of total while a long file is read) and confirm it. The page's script calls {@code /api/imports}.
 */
@Controller
class RegisterController {

    @GetMapping("/registers")
    String registers(Model model) {
        model.addAttribute("mappings", RegisterMappings.shipped().all());
        return "registers/index";
    }
}
