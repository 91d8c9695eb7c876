package org.missionhub.plugin.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.model.Plan;
import org.missionhub.plugin.evaluation.service.Forms.ApprovalForm;
import org.missionhub.plugin.evaluation.service.PlanService;
import org.missionhub.plugin.support.ui.FieldProblems;

/** A leader approves the plan: who decided it, and why; it lands in the mission's decision log. */
final class ApprovalDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  ApprovalDialog(PlanService plans, Plan plan, Runnable saved) {
    setId("evaluation-approval-dialog");
    setHeaderTitle(getTranslation("evaluation.plan.approve"));
    TextField decidedBy = new TextField(getTranslation("evaluation.plan.decidedBy"));
    decidedBy.setId("evaluation-approval-decided-by");
    decidedBy.setWidthFull();
    TextArea rationale = new TextArea(getTranslation("evaluation.plan.rationale"));
    rationale.setId("evaluation-approval-rationale");
    rationale.setWidthFull();
    add(new Paragraph(getTranslation("evaluation.plan.approveHint")), decidedBy, rationale);
    Button approve = new Button(getTranslation("evaluation.plan.approve"), click -> {
      try {
        plans.approve(plan.revision(), new ApprovalForm(decidedBy.getValue(), rationale.getValue()));
        close();
        saved.run();
      } catch (PluginProblem problem) {
        FieldProblems.show(problem, Map.of("decidedBy", decidedBy, "rationale", rationale));
      }
    });
    approve.setId("evaluation-approval-save");
    approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("evaluation.cancel"), click -> close()), approve);
    setWidth("min(36rem, 95vw)");
  }
}
