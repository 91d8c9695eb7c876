package org.missionhub.ui.views.mission;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.missionhub.core.governance.domain.BodyMember;
import org.missionhub.core.governance.domain.BodyRecord;
import org.missionhub.core.governance.domain.GovernanceBody;
import org.missionhub.ui.components.FieldRules.Check;
import org.missionhub.ui.components.Selects;

/** Creating or editing a governance body: its name, mandate and members (one row each). */
final class BodyDialog extends RecordDialog {

  private static final long serialVersionUID = 1L;

  private final GovernanceBody editing;
  private final TextField name = label(new TextField(), "body-name", "bodies.name");
  private final TextArea mandate = label(new TextArea(), "body-mandate", "bodies.mandate");
  private final VerticalLayout memberRows = new VerticalLayout();
  private final List<MemberRow> members = new ArrayList<>();
  private final Check[] checks;

  BodyDialog(MissionContext context, MissionServices services, GovernanceBody editing, Runnable changed) {
    super("body-dialog", "", context, services, changed);
    setHeaderTitle(getTranslation(editing == null ? "bodies.add" : "bodies.edit"));
    this.editing = editing;
    checks = new Check[] {services.rules().bind(name, BodyRecord.class, "name"), services.rules().bind(mandate, BodyRecord.class, "mandate")};
    errors.field("name", name).field("mandate", mandate);
    memberRows.setPadding(false);
    Button addMember = new Button(getTranslation("bodies.addMember"), click -> addRow(null));
    addMember.setId("body-add-member");
    addMember.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    if (editing != null) {
      name.setValue(editing.name());
      mandate.setValue(editing.mandate() == null ? "" : editing.mandate());
      editing.members().forEach(this::addRow);
    }
    FormLayout form = new FormLayout(name, mandate);
    form.setColspan(mandate, 2);
    add(form, new H4(getTranslation("bodies.members")), memberRows, addMember);
  }

  private void addRow(BodyMember member) {
    MemberRow row = new MemberRow(members.size() + 1, member);
    members.add(row);
    memberRows.add(row.layout);
  }

  @Override
  protected boolean valid() {
    boolean ok = Check.all(checks);
    for (MemberRow row : members) {
      ok &= row.valid();
    }
    return ok;
  }

  @Override
  protected String submit() {
    List<BodyMember> list = members.stream().filter(r -> !r.removed).map(MemberRow::toMember).toList();
    BodyRecord record = new BodyRecord(name.getValue(), mandate.getValue(), list);
    if (editing == null) {
      services.bodies().create(context.missionId(), record);
    } else {
      services.bodies().revise(context.missionId(), editing.id(), editing.version(), record);
    }
    return record.name();
  }

  /** One member: name, affiliation, function; removable. */
  private final class MemberRow {
    private final HorizontalLayout layout = new HorizontalLayout();
    private final TextField memberName = new TextField();
    private final TextField affiliation = new TextField();
    private final Select<BodyMember.Function> function;
    private final String subject;
    private boolean removed;

    MemberRow(int number, BodyMember member) {
      memberName.setLabel(getTranslation("bodies.memberName", number));
      memberName.setId("body-member-name-" + number);
      memberName.setMaxLength(200);
      memberName.setRequiredIndicatorVisible(true);
      memberName.setManualValidation(true);
      affiliation.setLabel(getTranslation("bodies.affiliation", number));
      affiliation.setMaxLength(200);
      function = Selects.of("body-member-function-" + number, getTranslation("bodies.function", number), BodyMember.Function.class, "bodyFunction.");
      function.setValue(BodyMember.Function.MEMBER);
      subject = member == null ? null : member.getSubject();
      if (member != null) {
        memberName.setValue(member.getName());
        affiliation.setValue(member.getAffiliation() == null ? "" : member.getAffiliation());
        function.setValue(member.getFunction());
      }
      Button remove = new Button(getTranslation("bodies.removeMember"), click -> {
        removed = true;
        layout.setVisible(false);
      });
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      remove.setAriaLabel(remove.getText() + ": " + getTranslation("bodies.memberName", number));
      layout.add(memberName, affiliation, function, remove);
      layout.setAlignItems(FlexComponent.Alignment.BASELINE);
      layout.setWrap(true);
    }

    boolean valid() {
      boolean ok = removed || !memberName.getValue().isBlank();
      memberName.setErrorMessage(ok ? "" : getTranslation("bodies.memberName.required"));
      memberName.setInvalid(!ok);
      return ok;
    }

    BodyMember toMember() {
      return new BodyMember(memberName.getValue().strip(), affiliation.getValue(), function.getValue(), subject);
    }
  }
}
