package org.securebase.app.audit;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The administrator's view of the audit trail, and its verification. */
@Controller
class AuditController {

  private final AuditLog audit;
  private final AuditChain chain;

  AuditController(AuditLog audit, AuditChain chain) {
    this.audit = audit;
    this.chain = chain;
  }

  @GetMapping("/admin/audit")
  String show(@RequestParam(name = "verify", defaultValue = "false") boolean verify, Model model) {
    // What an administrator may see of each event: never a record id or an action that states a
    // clinical fact.
    model.addAttribute("events", audit.latest(200).stream().map(AdminAuditRow::of).toList());
    if (verify) {
      model.addAttribute("verification", chain.verify());
    }
    return "audit/audit";
  }

  @GetMapping("/api/admin/audit/verification")
  @ResponseBody
  Map<String, Object> verification() {
    AuditChain.Verification v = chain.verify();
    return Map.of("intact", v.intact(), "rowsChecked", v.rowsChecked(), "problems", v.problems());
  }
}
