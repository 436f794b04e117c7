"""The steps of a demo contribution through Wagtail's moderation workflow (contributions.yaml),
for a sheet or a proposed document alike: the contributor sends it as the guided form's views
do (contributions.workflow.submit), the facilitator approves it or asks for changes as Wagtail's
screens do (the current task's action), the contributor corrects it through the form's writing."""

from contributions import workflow


def reviewer_acts(obj, reviewer, action, comment):
    """The facilitator's action on the object's current task: "approve" or "reject"."""
    task_state = obj.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state.specific, reviewer, action, comment=comment)


def take_step(obj, step, author, reviewer, correct, title):
    """One step of the data file (`submit`, `reject: <comment>`, `correct: {field: value}`,
    `approve`) on `obj`, read afresh; `correct(values)` writes a correction as the form does."""
    action, value = (step, None) if isinstance(step, str) else next(iter(step.items()))
    if action == "submit":
        if not workflow.submit(obj, author):
            raise RuntimeError(f"« {title} » : aucun workflow de modération actif pour l'envoyer.")
    elif action in ("approve", "reject"):
        reviewer_acts(obj, reviewer, action, value or "")
    elif action == "correct":
        correct(value)
    else:
        raise ValueError(f"contributions.yaml, « {title} » : étape inconnue {action}")
