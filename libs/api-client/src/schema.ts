// Generated from libs/api-client/openapi.json by `npm run contract` (openapi-typescript). Do not edit.
export interface paths {
    "/activities/{activityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An activity with its cycles, decisions, successors and live stage (a contact person: one their organization owns)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["ActivitiesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/{activityId}/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evaluate the cycle: end, continue (a new cycle) or scale up (a linked, wider activity), with a rationale
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson).
         */
        post: operations["ActivitiesController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/{activityId}/execution/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execution is over: the evaluation task opens
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson).
         */
        post: operations["ActivitiesController_finishExecution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail, newest first, filtered by program, phase, activity, cohort, person, organization, event type and time; cursor paging
         * @description Required role: Manager/auditor (Chef/granskare), Project office (Projektkontor).
         */
        get: operations["AuditController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the (filtered) audit trail as JSON Lines or CSV, streamed, with the chain head for later checking
         * @description Required role: Manager/auditor (Chef/granskare), Project office (Projektkontor).
         */
        get: operations["AuditController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Walk the hash chain: whether every entry is intact, and the first broken one
         * @description Required role: Manager/auditor (Chef/granskare), Project office (Projektkontor).
         */
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/workflows/{workflowId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A workflow's history and its children's, as a readable timeline: updates and signals with who sent them, timers, activities and their outcomes
         * @description Required role: Manager/auditor (Chef/granskare), Project office (Projektkontor).
         */
        get: operations["AuditController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A calendar subscription (iCalendar): the open tasks and meetings of the person whose secret link this is */
        get: operations["CalendarFeedController_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The working-day calendars: Sweden's, and the municipalities' with their school breaks and closure days
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["CalendarsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/{key}/closures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Register a calendar's closure days (a klämdag, a julstängning): deadlines, offer windows and meetings that follow it keep off them from now on
         * @description Required role: Project office (Projektkontor).
         */
        put: operations["CalendarsController_setClosures"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A stream of what changes (server-sent events with ids only): the project office and managers get every change, others the changes that concern them
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson), Participant (Deltagare).
         */
        get: operations["ChangesController_changes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cohort: capacity, admitted participants, its template's lists in offer order (Fast Track: the waiting list, then the active and passive interest lists), offers
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare).
         */
        get: operations["CohortsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/admissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Admit a registered person, up to the capacity (open offers hold their places)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_admit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/admissions/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Admit several registered people together (1 to 1,000): all or none, up to the capacity
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_admitMany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cohort analytics: completed items per week, module shares, knowledge levels over time, advanced-track share, and weeks ahead of a reference cohort
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare).
         */
        get: operations["CohortsController_analytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/attendees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record who came to the info meeting
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_attendees"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a focus-group evaluation: date, group, findings
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Conference and study visits and guest lectures, with who attended
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare).
         */
        get: operations["CohortsController_events"];
        put?: never;
        /**
         * Record an event beside the modules: a conference or study visit, a guest lecture
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_addEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/events/{eventId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record who attended an event (admitted participants)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_attendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The promotion history, oldest first: who was put on which list, admitted, offered a freed place (and from which list), who answered, whose offer expired, who withdrew or dropped out
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare).
         */
        get: operations["CohortsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule an interview with a registered candidate: a task with a calendar invitation for the interviewer
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_scheduleInterview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/interviews/{personId}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an interview's outcome (the interviewer or the project office): admit, a list, or not suitable
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson).
         */
        post: operations["CohortsController_interviewOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a registered person on one of the cohort template's lists (Fast Track: the waiting list or the active or passive interest list)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_placeOnList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/offers/{personId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer an offered place (the person themselves, or the project office for them); refused after its deadline
         * @description Required role: Project office (Projektkontor), Participant (Deltagare).
         */
        post: operations["CohortsController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/participants/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A participant's journey: assessment, tailored plan, weekly progress, weeks ahead of plan, open course material, project work, advanced track (a participant: their own)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Participant (Deltagare).
         */
        get: operations["CohortsController_journey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/participants/{personId}/advanced-track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide a proposal for the advanced track
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_advancedTrack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/participants/{personId}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the prior-knowledge assessment on one of the template's knowledge levels; the tailored weekly study plan follows from it
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_assess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/participants/{personId}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The participant completes the program or drops out (a dropout frees the place for the next on the lists)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_leave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/participants/{personId}/level-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a follow-up assessment of the knowledge level in a program week (the development the report shows); the plan stays
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_assessLevel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/participants/{personId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a plan change agreed in a conversation (pace, ambition); the plan is regenerated
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_changePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/participants/{personId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a week's completed items; far enough ahead of plan proposes the advanced track
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_progress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/participants/{personId}/project/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Project work starts (after the study weeks, or once every item is done)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_startProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/participants/{personId}/project/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The project work is handed in; the participant can then complete the program
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_submitProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register interest (while the window after the info meeting is open)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The final cohort report from the data — admission, completed items per week, modules, knowledge levels, advanced track, reference comparison, focus groups — as JSON, Markdown or HTML (format=, or the Accept header)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare).
         */
        get: operations["CohortsController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/withdrawals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A participant leaves (or did not show up): the place is offered to the next person
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Database and Temporal connectivity, and the reconciler of workflow commands (public) */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the API process answers (public; checks no dependency) */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I: the signed-in person, role and permissions
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson), Participant (Deltagare).
         */
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether I have a calendar subscription link (never the link itself)
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson), Participant (Deltagare).
         */
        get: operations["CalendarFeedController_status"];
        put?: never;
        /**
         * Create my calendar subscription link (shown once; replaces an earlier link)
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson), Participant (Deltagare).
         */
        post: operations["CalendarFeedController_create"];
        /**
         * Revoke my calendar subscription link
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson), Participant (Deltagare).
         */
        delete: operations["CalendarFeedController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change my language and how reminders reach me (one mail each, or a daily digest at a time of day)
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson), Participant (Deltagare).
         */
        patch: operations["MeController_preferences"];
        trace?: never;
    };
    "/me/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My tasks, soonest due first: open by default, or due soon / overdue (the project office and managers see all)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson), Participant (Deltagare).
         */
        get: operations["TasksController_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My API tokens (never the tokens themselves)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson), Participant (Deltagare).
         */
        get: operations["MeController_tokens"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/week": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My week: my meetings, deadlines and cohort events this week and the next (Europe/Stockholm, from Monday), my overdue tasks, and my calendar subscription
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson), Participant (Deltagare).
         */
        get: operations["WeekController_week"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organizations (a contact person sees only their own)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["OrganizationsController_list"];
        put?: never;
        /**
         * Create an organization (department, company, board, network)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["OrganizationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One organization
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["OrganizationsController_get"];
        put?: never;
        post?: never;
        /**
         * Remove an organization that has no persons
         * @description Required role: Project office (Projektkontor).
         */
        delete: operations["OrganizationsController_remove"];
        options?: never;
        head?: never;
        /**
         * Rename or retype an organization
         * @description Required role: Project office (Projektkontor).
         */
        patch: operations["OrganizationsController_update"];
        trace?: never;
    };
    "/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List persons (a contact person sees their own organization's)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["PersonsController_list"];
        put?: never;
        /**
         * Register a person with a role (a contact person with their organization)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["PersonsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One person
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["PersonsController_get"];
        put?: never;
        post?: never;
        /**
         * Remove a person and their tokens
         * @description Required role: Project office (Projektkontor).
         */
        delete: operations["PersonsController_remove"];
        options?: never;
        head?: never;
        /**
         * Change a person's name, email, role, organization or permissions
         * @description Required role: Project office (Projektkontor).
         */
        patch: operations["PersonsController_update"];
        trace?: never;
    };
    "/persons/{id}/absences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person’s absences, latest first (yourself, or anyone for the project office)
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson).
         */
        get: operations["PersonsController_listAbsences"];
        put?: never;
        /**
         * Set an absence with a substitute (yourself, or anyone for the project office): while it runs, your tasks — open and new — are in the substitute’s inbox for them to act on, reminders go to the substitute, and what they complete is recorded on your behalf; the tasks stay yours and return when it ends
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson).
         */
        post: operations["PersonsController_createAbsence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{id}/absences/{absenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End an absence now (one not begun yet is withdrawn): the tasks are the person’s own again
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson).
         */
        delete: operations["PersonsController_endAbsence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a person on request (GDPR art. 17): name and email replaced everywhere, the pseudonymous id kept for the audit trail
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["PersonsController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{id}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand over everything a contact person holds — open tasks (interviews and gate tasks too), the activities they are responsible for, their network seats, the gates they decide and their organization's contact-person role — to a successor of the same organization, in one command: all or nothing, one audit entry per item; dryRun=true answers the list and changes nothing
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["PersonsController_handover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a personal API token (yourself, or anyone for the project office); shown once
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson), Participant (Deltagare).
         */
        post: operations["PersonsController_issueToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portfolio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every program and cohort with its phase, status (on track, at risk, off track) and why, the counts that need action, and overdue and due-soon tasks per organization
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare).
         */
        get: operations["PortfolioController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List programs, newest first
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["ProgramsController_list"];
        put?: never;
        /**
         * Create a program from a template (built-in or registered) and start its workflow
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["ProgramsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A program's stored data merged with its workflow's live state
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["ProgramsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Activities, filtered by matrix cell (focusArea, level), status or effect goal: the drill-down of the matrix (a contact person: their own organization's)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["ActivitiesController_list"];
        put?: never;
        /**
         * Propose an activity (phase II); a contact person proposes for their own organization only
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson).
         */
        post: operations["ActivitiesController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A program's cohorts, oldest first
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare).
         */
        get: operations["CohortsController_list"];
        put?: never;
        /**
         * Start a cohort of a cohort program (Fast Track, Yrkessvenska …): its info meeting, then interest registration, admission and its template's lists
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/collaboration-model": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The collaboration model and the gate's decision maker (gateOwnerId; null for a contact person unless it is themselves or of their organization)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["PhaseOneController_collaborationModel"];
        /**
         * Assign bodies to the collaboration-model roles and name the steering group's decision maker, the one person who decides the gate
         * @description Required role: Project office (Projektkontor).
         */
        put: operations["PhaseOneController_setCollaborationModel"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/communication-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The communication plan
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["PhaseOneController_communicationPlan"];
        put?: never;
        /**
         * Add a communication-plan item: channel, audience, one-off or continuous, due date (step communication-plan)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["PhaseOneController_addCommunicationItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The decisions taken at the program's decision points, oldest first
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["SteeringController_decisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/decisions/{taskId}/protocol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The protocol (beslutsprotokoll) of a decision, generated from its record: JSON, HTML or PDF (format=, or the Accept header), in Swedish or English
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["SteeringController_protocol"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/effect-goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Effect goals, each with its indicators (baseline, target, latest value, on track against the straight line to the target) and the activities serving it (a contact person: their own organization's)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["IndicatorsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/effect-goals/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One effect goal's page: each indicator's series by year against its baseline and target, and the activities serving it (a contact person: their own organization's)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["IndicatorsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/effect-goals/{number}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Define an indicator of an effect goal: name, unit, source, baseline, target and owner
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["IndicatorsController_define"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/focus-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The focus areas, with the needs per category that support the choice
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["PhaseOneController_focusAreas"];
        /**
         * Choose the focus areas (at most the template's number; exactly that many to complete the step), each linked to need categories
         * @description Required role: Project office (Projektkontor).
         */
        put: operations["PhaseOneController_setFocusAreas"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/gate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The open decision point: its outcomes, the material it requires (provided or not) and who decides
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["SteeringController_openGate"];
        put?: never;
        /**
         * The decision at the open decision point: one of its outcomes (a comment where it needs one), with conditions that become tasks. With a steering group its chair or secretary records it with the members present and, where the rule counts votes, each voting member's position; without, the decision maker named in the collaboration model (gateOwnerId, holding gate.decide) decides — anyone else gets 403
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson).
         */
        post: operations["SteeringController_decideGate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/gate-owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Name the steering group's decision maker, who decides the program's decision points (programs without a collaboration-model step)
         * @description Required role: Project office (Projektkontor).
         */
        put: operations["StepRecordsController_setGateOwner"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/gate/material/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Provide a piece of the open decision point's material (a document by title and link); again to replace it. The project office, the decision maker, or the steering group's chair or secretary
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson).
         */
        put: operations["SteeringController_provideMaterial"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/governance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The governance the program runs with: its template's lists with the program's overrides
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["PhaseOneController_governance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/indicators/{indicatorId}/values/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record an indicator's measured value for a year (the project office, or a contact person who owns the indicator); a value already there is replaced and the audit trail keeps it
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson).
         */
        put: operations["IndicatorsController_record"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/indicators/values/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import indicators' yearly values from CSV with the header "indicator,year,value" (at most 5000 rows); a file with any bad row is refused whole, errors listed by row, nothing stored; a year already recorded is replaced and the audit trail keeps the old value
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["IndicatorsController_importValues"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The activity matrix: focus areas × levels, counts by status per cell (a contact person: of their own organization's activities)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["ActivitiesController_matrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Needs, by category or uncategorized
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["PhaseOneController_needs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/needs/categorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give needs categories from the program's list (steps gathering, categorization)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["PhaseOneController_categorize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/needs/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a whole gathering's needs from one CSV file with the header "text,source,group,category" (question optional): each row goes to the session of its kind (source) and participant group, an existing one with only that group or one the import makes; kinds, groups and categories by key, Swedish or English name, others mapped by the request's mapping. All rows or none (step gathering); dryRun=true answers the sessions, the unknown labels with suggestions and the first rows, and stores nothing
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["PhaseOneController_importNeedsFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/needs/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Needs per category (count and share), per session kind and per participant group
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["PhaseOneController_statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The contact-person network: member organizations, cadence and meetings (attendance counted); a contact person sees no other organization's contact person (personId and contactPerson null, attendeeIds only their own organization's)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["PhaseOneController_network"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/network/meetings/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record attendance and minutes of a scheduled meeting (0 is the kickoff)
         * @description Required role: Project office (Projektkontor).
         */
        put: operations["PhaseOneController_recordMeeting"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/network/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add the contact person of a department or company (one each)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["PhaseOneController_addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/network/members/{organizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * An organization's contact person leaves the network
         * @description Required role: Project office (Projektkontor).
         */
        delete: operations["PhaseOneController_removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/network/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the network's workflow: the kickoff, then meetings at the program's cadence (step network)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["PhaseOneController_startNetwork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the question set (step plan-gathering)
         * @description Required role: Project office (Projektkontor).
         */
        put: operations["PhaseOneController_setQuestions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The phase report (delrapport) generated from the data: JSON, Markdown or HTML (format=, or the Accept header)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["PhaseOneController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gathering sessions with their number of needs
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["PhaseOneController_sessions"];
        put?: never;
        /**
         * Plan a gathering session: workshop, interview or conversation (steps plan-gathering, gathering)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["PhaseOneController_createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/sessions/{sessionId}/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record one need from a session (step gathering)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["PhaseOneController_addNeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/sessions/{sessionId}/needs/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a session's needs from CSV with the header "text,category,question" (category and question optional); a file with any bad row is refused whole, errors listed by row; dryRun=true checks the file and answers a preview without importing
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["PhaseOneController_importNeeds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/steering-group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The program's steering group: its rule, its seats now and every seat ever held (who was a member when)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["SteeringController_steeringGroup"];
        /**
         * Set the steering group: its decision rule and quorum, and its seats (one chair, who becomes the decision maker whose inbox holds the gate)
         * @description Required role: Project office (Projektkontor).
         */
        put: operations["SteeringController_setSteeringGroup"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/steering-meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The steering group's meetings, oldest first, each with its agenda as it stands
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["SteeringController_meetingsOf"];
        put?: never;
        /**
         * Schedule a steering group meeting (or record one held in the last 30 days): its agenda is built from what waits for the group, and each member who can act gets it as a task with a calendar invitation, due when the meeting starts. The project office or the group's chair or secretary
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson).
         */
        post: operations["SteeringController_scheduleMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/steering-meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A steering meeting: its agenda, invitations and minutes
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["SteeringController_meeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/steering-meetings/{meetingId}/board-pack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The board pack (styrgruppsunderlag) of a meeting, generated from the data and the audit trail: JSON, HTML or PDF (format=, or the Accept header), Swedish or English
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["SteeringController_boardPack"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/steering-meetings/{meetingId}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record a held meeting's minutes: the project office or the group's chair or secretary
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson).
         */
        put: operations["SteeringController_recordMinutes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/steps/{stepKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A step of the program: its kind, where it stands, what was recorded in it and what keeps it from completing
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["StepRecordsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/steps/{stepKey}/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Tick or untick a checklist step's items, with a link to the evidence where the item asks for one
         * @description Required role: Project office (Projektkontor).
         */
        put: operations["StepRecordsController_saveChecklist"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/steps/{stepKey}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete the open step once its data is complete (e.g. every need categorized)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["PhaseOneController_completeStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/steps/{stepKey}/document/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the latest version of a document step's deliverable (the project office, or the program's decision maker)
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson).
         */
        post: operations["StepRecordsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/steps/{stepKey}/document/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a new version of a document step's deliverable (a link to where it is kept)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["StepRecordsController_addVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/steps/{stepKey}/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Save a form step's answers (each checked against its field; required ones when the step completes)
         * @description Required role: Project office (Projektkontor).
         */
        put: operations["StepRecordsController_saveForm"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/template-upgrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a running program onto a newer version of its template: dryRun=true reports what changes for it (steps, phases, outcomes, lists, before or after its position) and what cannot apply; applied, it is on the record and the program continues on the new version
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["TemplateUpgradeController_upgrade"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/yearly-planning-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The yearly planning check: each member organization's confirmation that its annual plan follows the collaboration model (a contact person: their own organization's)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["ActivitiesController_yearlyPlanningCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The templates a program is created from (newest version of each), with their phases, steps and decision points
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["ProgramsController_templates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a task for a person or an organization’s contact person, with reminders
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["TasksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One task
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson), Participant (Deltagare).
         */
        get: operations["TasksController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Move a task’s due moment; reminders are rescheduled
         * @description Required role: Project office (Projektkontor).
         */
        patch: operations["TasksController_changeDueDate"];
        trace?: never;
    };
    "/tasks/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a task; no more reminders
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["TasksController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a task with the answer its form asks for
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson).
         */
        post: operations["TasksController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand a task to another person (a contact person: within their organization)
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson).
         */
        post: operations["TasksController_reassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The program templates, the newest version of each, with every version number
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["TemplatesController_list"];
        put?: never;
        /**
         * Register a template or a new version of one, validated as a whole; immutable once stored
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["TemplatesController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/{key}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One template version as it runs (defaults applied)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["TemplatesController_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/{key}/versions/{version}/governance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A phased template version's lists as a program made from it starts with them (need categories, session kinds, participant groups, questions …), readable before any program exists
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["TemplatesController_governance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The JSON Schema of a template file (also in the repository: libs/domain/templates/program-template.schema.json)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["TemplatesController_schema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/step-kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The step kinds a template can name: what each edits, which lists it needs, what configures it
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["TemplatesController_kinds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API token (your own, or anyone’s for the project office)
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson), Participant (Deltagare).
         */
        delete: operations["MeController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ui/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the web UI signs people in (public: read before sign-in) */
        get: operations["UiController_uiConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Webhook subscriptions (never their secrets)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare).
         */
        get: operations["WebhooksController_list"];
        put?: never;
        /**
         * Subscribe another system to events (signed POSTs, retried until delivered); the signing secret is shown once
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Stop a webhook subscription
         * @description Required role: Project office (Projektkontor).
         */
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AbsenceView: {
            /** @description It runs now: the substitute acts for the person */
            active: boolean;
            /** Format: uuid */
            createdBy: string;
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            personId: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: uuid */
            substituteId: string;
        };
        ActivityCycleView: {
            cycle: number;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: uuid */
            decidedBy: string | null;
            /** @enum {string|null} */
            decision: "end" | "continue" | "scale-up" | null;
            rationale: string | null;
            /** Format: uuid */
            successorId: string | null;
        };
        ActivityDecisionView: {
            cycle: number;
            /** @enum {string} */
            decision: "end" | "continue" | "scale-up";
        };
        ActivityDetailView: {
            /** Format: date-time */
            createdAt: string;
            cycle: number;
            cycles: components["schemas"]["ActivityCycleView"][];
            description: string;
            effectGoalNumbers: number[];
            focusAreaKeys: string[];
            /** Format: uuid */
            id: string;
            /** @description The indicators of its effect goals it should move */
            indicatorIds: string[];
            levelKeys: string[];
            /** @description The workflow's live state; null when Temporal cannot answer */
            live: components["schemas"]["ActivityLiveStateView"] | null;
            methodKey: string;
            ownerOrganizationIds: string[];
            /**
             * Format: uuid
             * @description The activity it scaled up from
             */
            parentId: string | null;
            /**
             * Format: date
             * @example 2019-01-15
             */
            plannedEnd: string;
            /**
             * Format: date
             * @example 2019-01-15
             */
            plannedStart: string;
            /** Format: uuid */
            programId: string;
            /** Format: uuid */
            proposedBy: string;
            /** Format: uuid */
            responsibleId: string;
            /** @enum {string} */
            status: "planning" | "execution" | "evaluation" | "ended" | "scaled-up";
            successors: components["schemas"]["ActivitySuccessorView"][];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            workflowId: string;
        };
        ActivityEvaluatedView: {
            /** Format: uuid */
            activityId: string;
            cycle: number;
            /** @enum {string} */
            decision: "end" | "continue" | "scale-up";
            /**
             * Format: uuid
             * @description A scale-up's successor
             */
            successorId: string | null;
        };
        ActivityLiveStateView: {
            /** Format: uuid */
            activityId: string;
            cycle: number;
            decisions: components["schemas"]["ActivityDecisionView"][];
            /** @enum {string} */
            status: "planning" | "execution" | "evaluation" | "ended" | "scaled-up";
            statusReports: number;
            /**
             * Format: uuid
             * @description The open planning or evaluation task
             */
            taskId: string | null;
        };
        ActivityPageView: {
            items: components["schemas"]["ActivityView"][];
            limit: number;
            offset: number;
            total: number;
        };
        ActivityStageView: {
            cycle: number;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "planning" | "execution" | "evaluation" | "ended" | "scaled-up";
        };
        ActivitySuccessorView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "planning" | "execution" | "evaluation" | "ended" | "scaled-up";
            title: string;
        };
        ActivityView: {
            /** Format: date-time */
            createdAt: string;
            cycle: number;
            description: string;
            effectGoalNumbers: number[];
            focusAreaKeys: string[];
            /** Format: uuid */
            id: string;
            /** @description The indicators of its effect goals it should move */
            indicatorIds: string[];
            levelKeys: string[];
            methodKey: string;
            ownerOrganizationIds: string[];
            /**
             * Format: uuid
             * @description The activity it scaled up from
             */
            parentId: string | null;
            /**
             * Format: date
             * @example 2019-01-15
             */
            plannedEnd: string;
            /**
             * Format: date
             * @example 2019-01-15
             */
            plannedStart: string;
            /** Format: uuid */
            programId: string;
            /** Format: uuid */
            proposedBy: string;
            /** Format: uuid */
            responsibleId: string;
            /** @enum {string} */
            status: "planning" | "execution" | "evaluation" | "ended" | "scaled-up";
            title: string;
            /** Format: date-time */
            updatedAt: string;
            workflowId: string;
        };
        AddDocumentVersionDto: {
            /**
             * @description Where the document is kept (the records system, the intranet)
             * @example https://intranat.example.se/projekt/slutrapport-v2.pdf
             */
            link: string;
            /** @example Slutrapport, version för styrgruppen */
            title: string;
        };
        AddNetworkMemberDto: {
            /** Format: uuid */
            organizationId: string;
            /**
             * Format: uuid
             * @description A contact person of that organization
             */
            personId: string;
        };
        AdmissionSummaryView: {
            admitted: number;
            capacity: number;
        };
        AdmitManyDto: {
            /** @description Person ids (1 to 1,000, distinct) */
            personIds: string[];
        };
        AnswerField: {
            /** @example plan */
            key: string;
            label: components["schemas"]["AnswerFieldLabel"];
            /** @description Longest text (default 5000) */
            maxLength?: number;
            /** @description Required for a choice field */
            options?: string[];
            required?: boolean;
            /** @enum {string} */
            type: "text" | "number" | "boolean" | "choice";
        };
        AnswerFieldLabel: {
            en: string;
            sv: string;
        };
        /** @description The answer a task expects */
        AnswerForm: {
            fields: components["schemas"]["AnswerField"][];
        };
        AnswerOfferDto: {
            /** @description true: take the place; false: decline it (it moves on) */
            accept: boolean;
        };
        ApproveDocumentDto: {
            /** @description The version approved: the latest */
            version: number;
        };
        AssessmentDto: {
            /**
             * @description Ambition agreed in the conversation (1 = as planned)
             * @example 1
             */
            ambition: number;
            /**
             * @description Prior knowledge: one of the knowledge levels of the cohort's template (Fast Track: basic, good, very-good); another is a 400 naming them
             * @example good
             */
            level: string;
            /**
             * @description One of the template's pace profiles
             * @example planned
             */
            paceKey: string;
            universityStudies: boolean;
        };
        AssessmentView: {
            /** @description One of the template's knowledge levels */
            level: string;
            universityStudies: boolean;
        };
        AttendeeCountView: {
            /** @description Who came to the info meeting, in all */
            attendees: number;
        };
        AttendeesDto: {
            /** @description Person ids (1 to 1,000, distinct) */
            personIds: string[];
        };
        AuditEntryView: {
            /** Format: uuid */
            activityId: string | null;
            /** @description A person id, or a system component */
            actorId: string | null;
            /** @enum {string} */
            actorKind: "person" | "system";
            actorRole: string | null;
            /** Format: uuid */
            cohortId: string | null;
            /** @description The event’s facts: identifiers, keys, decisions and counts, never personal data */
            data: {
                [key: string]: unknown;
            };
            /**
             * @description Each entry is hash-chained. `hash` = lowercase hex SHA-256 of the UTF-8 bytes of the canonical text, which joins these 17 fields in this order with the ASCII unit separator U+001F (no separator before the first or after the last):
             *
             *     1 `seq` (decimal), 2 `occurredAt` (UTC, `YYYY-MM-DDTHH:MM:SS.mmmZ`, always three millisecond digits), 3 `type`, 4 `actorKind`, 5 `actorId`, 6 `actorRole`, 7 `programId`, 8 `phaseKey`, 9 `activityId`, 10 `cohortId`, 11 `subjectPersonId`, 12 `organizationId`, 13 `workflowId`, 14 `runId`, 15 `requestId`, 16 `data`, 17 `prevHash`.
             *
             *     A null field is written as the empty string (so null and empty are the same). UUIDs are lowercase with dashes. `data` is written as PostgreSQL prints jsonb: object keys ordered by their length in UTF-8 bytes and then bytewise, `": "` after each key and `", "` between members and between array items, no other white space; strings as JSON strings (`\"` and `\\`, `\b` `\f` `\n` `\r` `\t`, other control characters as `\u00xx` in lowercase hex, every other character as it is); numbers in plain decimal notation; `true`, `false`, `null`.
             *
             *     `prevHash` is the `hash` of the entry with `seq` − 1; the first entry (`seq` 1) has 64 zeros. `seq` has no gaps: a filtered export checks each hash and the links between neighbouring entries.
             */
            hash: string;
            /**
             * @description The row id (a decimal string)
             * @example 1042
             */
            id: string;
            /**
             * Format: date-time
             * @description UTC with milliseconds, as hashed
             * @example 2019-05-20T07:00:00.000Z
             */
            occurredAt: string;
            /** Format: uuid */
            organizationId: string | null;
            phaseKey: string | null;
            /** @description The previous entry’s hash (64 zeros before the first) */
            prevHash: string;
            /** Format: uuid */
            programId: string | null;
            /** @description The request that carried the command (X-Request-Id) */
            requestId: string | null;
            runId: string | null;
            /**
             * @description Position in the chain: 1, 2, 3 … without gaps (a decimal string: it may exceed 2^53)
             * @example 1042
             */
            seq: string;
            /** Format: uuid */
            subjectPersonId: string | null;
            /** @example task.completed */
            type: string;
            workflowId: string | null;
        };
        AuditPageView: {
            /** @description Newest first */
            items: components["schemas"]["AuditEntryView"][];
            /** @description Pass as `before` for the next (older) page; null at the end */
            nextCursor: string | null;
        };
        BoardPackActivityView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            rag: "on-track" | "at-risk" | "off-track";
            reason: string;
            status: string;
            title: string;
        };
        BoardPackChangeView: {
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            category: "decision" | "activity" | "needs" | "focus-areas" | "phase" | "steering" | "other";
            /** @description The audit entry's sequence id */
            eventId: string;
            text: string;
            type: string;
        };
        BoardPackIndicatorView: {
            /** @description The activities that name the indicator (or, where none names it, its effect goal): their titles */
            activities: string[];
            baseline: components["schemas"]["BoardPackPointView"];
            goal: string;
            name: string;
            onTrack: boolean | null;
            series: components["schemas"]["BoardPackPointView"][];
            target: components["schemas"]["BoardPackPointView"];
            unit: string;
        };
        BoardPackOverdueView: {
            count: number;
            /** Format: date */
            oldestDueDate: string;
            organization: string;
            tasks: string[];
        };
        BoardPackPhaseView: {
            detail: string | null;
            key: string;
            name: string;
            /** @enum {string} */
            status: "done" | "current" | "pending";
        };
        BoardPackPointView: {
            value: number;
            year: number;
        };
        BoardPackView: {
            activities: components["schemas"]["BoardPackActivityView"][];
            agenda: string[];
            changes: components["schemas"]["BoardPackChangeView"][];
            /** Format: date-time */
            endsAt: string;
            /** Format: date-time */
            generatedAt: string;
            indicators: components["schemas"]["BoardPackIndicatorView"][];
            /** @enum {string} */
            lang: "sv" | "en";
            location: string | null;
            /** Format: uuid */
            meetingId: string;
            number: number;
            overdue: components["schemas"]["BoardPackOverdueView"][];
            phases: components["schemas"]["BoardPackPhaseView"][];
            /** Format: uuid */
            programId: string;
            programName: string;
            /**
             * Format: date-time
             * @description The previous meeting's start: the changes are those since then (null: since the program started)
             */
            since: string | null;
            /** Format: date-time */
            startsAt: string;
            templateName: string;
            /**
             * Format: date-time
             * @description Until when the changes are listed: the meeting's start, or now for a meeting ahead
             */
            until: string;
        };
        CalendarChoiceView: {
            /** @enum {string} */
            basis: "working-days" | "school-year";
            /** @enum {string} */
            key: "sverige" | "vasteras" | "stockholm";
        };
        CalendarFeedView: {
            /** @description Whether the person has a subscription link */
            active: boolean;
            createdAt?: string | null;
            /** @description The link itself: only in the answer that created it (withheld from an Idempotency-Key repeat) */
            url?: string;
        };
        CandidateView: {
            attendedInfoMeeting: boolean;
            /** @description From the person register (null once erased or removed) */
            name: string | null;
            /** Format: uuid */
            personId: string;
            /** Format: date-time */
            registeredAt: string | null;
            /** @enum {string} */
            status: "attendee" | "registered" | "not-suitable";
        };
        CategorizedView: {
            categorized: number;
            /** @description Needs of the program still without a category */
            uncategorized: number;
        };
        CategorizeNeedsDto: {
            assignments: components["schemas"]["CategoryAssignmentDto"][];
        };
        CategoryAssignmentDto: {
            /** @example health */
            categoryKey: string;
            /** Format: uuid */
            needId: string;
        };
        CategoryCountView: {
            count: number;
            key: string;
            name: components["schemas"]["LocalizedLabelView"];
            share: number;
        };
        ChainBreakView: {
            id: string;
            /** @enum {string} */
            reason: "content-changed" | "link-broken" | "gap";
            seq: string;
        };
        ChainHeadView: {
            hash: string;
            /** @example 1042 */
            seq: string;
        };
        ChainVerificationView: {
            entries: number;
            firstBroken: components["schemas"]["ChainBreakView"] | null;
            /** @description The last entry; null while the trail is empty */
            head: components["schemas"]["ChainHeadView"] | null;
            valid: boolean;
        };
        ChangeDueDateDto: {
            /**
             * Format: date-time
             * @description The new due moment (RFC 3339, with an offset)
             * @example 2019-05-27T09:00:00+02:00
             */
            dueAt: string;
        };
        ChecklistItemView: {
            done: boolean;
            /** @enum {string} */
            evidence: "required" | "optional" | "none";
            evidenceLink: string | null;
            key: string;
            name: components["schemas"]["LocalizedLabelView"];
        };
        ChecklistTickDto: {
            done: boolean;
            /**
             * @description A link to the document that shows the item is done
             * @example https://intranat.example.se/projekt/plan.pdf
             */
            evidence?: string;
            key: string;
        };
        ChosenFocusAreaView: {
            categories: components["schemas"]["FocusAreaCategoryView"][];
            key: string;
            name: components["schemas"]["LocalizedLabelView"];
        };
        ClosureDto: {
            /**
             * Format: date
             * @description The day (YYYY-MM-DD)
             * @example 2026-12-28
             */
            date: string;
            name: components["schemas"]["ClosureNameDto"];
        };
        ClosureNameDto: {
            /** @example Christmas closure */
            en: string;
            /** @example Julstängning */
            sv: string;
        };
        ClosureView: {
            /** Format: date */
            date: string;
            name: components["schemas"]["LocalizedLabelView"];
        };
        CohortAnalyticsView: {
            /** @description Participants who started and are on the advanced track */
            advancedTrackParticipants: number;
            /** @description advancedTrackParticipants of participants */
            advancedTrackShare: number;
            /** Format: uuid */
            cohortId: string;
            completedPerParticipantCumulative: number[];
            completedPerWeek: number[];
            knowledgeLevels: components["schemas"]["LevelsAtWeekView"][];
            modules: components["schemas"]["ModuleShareView"][];
            /** @description The participants who started: everyone admitted less those who withdrew before the start (dropouts stay); every share and per-participant figure is of them */
            participants: number;
            /** @description With referenceCohortId */
            reference?: components["schemas"]["ReferenceComparisonView"];
            /** @description Study and project weeks */
            weeks: number;
        };
        CohortChoiceView: {
            description?: components["schemas"]["LocalizedLabelView"];
            key: string;
            name: components["schemas"]["LocalizedLabelView"];
        };
        CohortCountsView: {
            admitted: number;
            attendees: number;
            registered: number;
        };
        CohortCreatedView: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            infoMeetingAt: string;
            /**
             * Format: date-time
             * @description Interest registration closes then
             */
            interestClosesAt: string;
            name: string;
            /** Format: uuid */
            programId: string;
            /** @description The cohort's settings: the template's, with this cohort's capacity and offer response time */
            settings: {
                [key: string]: unknown;
            };
            workflowId: string;
        };
        CohortEvaluationView: {
            findings: string;
            group: string;
            /**
             * Format: date
             * @example 2019-11-05
             */
            heldOn: string;
            /** Format: uuid */
            id: string;
        };
        CohortEventCreatedView: {
            attendees: string[];
            /** Format: uuid */
            cohortId: string;
            /**
             * Format: date
             * @example 2019-11-05
             */
            heldOn: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "conference-visit" | "study-visit" | "guest-lecture";
            /** Format: uuid */
            recordedBy: string;
            title: string;
        };
        CohortEventDto: {
            /**
             * Format: date
             * @example 2019-11-14
             */
            heldOn: string;
            /** @enum {string} */
            kind: "conference-visit" | "study-visit" | "guest-lecture";
            /** @example AWS Summit Stockholm */
            title: string;
        };
        CohortEventView: {
            attendees: string[];
            /**
             * Format: date
             * @example 2019-11-05
             */
            heldOn: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "conference-visit" | "study-visit" | "guest-lecture";
            title: string;
        };
        CohortHistoryEntryView: {
            actorId: string | null;
            actorName: string | null;
            /** Format: date-time */
            at: string;
            /** @description An offer's deadline */
            deadline: string | null;
            /** @description The list (or admitted) the person moved from */
            from: string | null;
            name: string | null;
            personId: string;
            /** @description The list the person was put on */
            to: string | null;
            /** @enum {string} */
            type: "listed" | "participant_admitted" | "place_offered" | "offer_accepted" | "offer_declined" | "offer_expired" | "participant_withdrawn" | "participant_dropped_out";
        };
        CohortModuleView: {
            items: components["schemas"]["ModuleItemView"][];
            key: string;
            name: components["schemas"]["LocalizedLabelView"];
        };
        CohortOfferView: {
            /** Format: date-time */
            deadline: string;
            /** Format: uuid */
            personId: string;
            /** @enum {string} */
            status: "open" | "accepted" | "declined" | "expired";
        };
        CohortReportView: {
            admission: components["schemas"]["ReportAdmissionView"];
            /** @description Participants on the advanced track */
            advancedTrackParticipants: number;
            /** @description advancedTrackParticipants of admission.started */
            advancedTrackShare: number;
            cohort: components["schemas"]["ReportCohortView"];
            completedPerWeek: number[];
            evaluations: components["schemas"]["ReportEvaluationView"][];
            events: components["schemas"]["ReportEventView"][];
            /** Format: date-time */
            generatedAt: string;
            knowledgeLevels: components["schemas"]["LevelsAtWeekView"][];
            /** @description The template's knowledge levels, lowest first, with their names */
            levels: components["schemas"]["ReportLevelView"][];
            /** @description The cohort's lists in offer order, with who stands on each */
            lists: components["schemas"]["ReportListView"][];
            /** @description Shares of the participants who started (admission.started) */
            modules: components["schemas"]["ReportModuleView"][];
            outcomes: components["schemas"]["ReportOutcomesView"];
            reference: components["schemas"]["ReportReferenceView"] | null;
        };
        CohortSummaryView: {
            capacity: number;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            infoMeetingAt: string;
            /** Format: date-time */
            interestClosesAt: string;
            name: string;
        };
        CohortView: {
            admitted: components["schemas"]["NamedPersonView"][];
            /** @description Not yet placed: at the info meeting, registered, or found not suitable */
            candidates: components["schemas"]["CandidateView"][];
            capacity: number;
            counts: components["schemas"]["CohortCountsView"];
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            infoMeetingAt: string;
            /** Format: date-time */
            interestClosesAt: string;
            interviews: components["schemas"]["InterviewView"][];
            /** @description The template's knowledge levels, lowest first */
            knowledgeLevels: components["schemas"]["CohortChoiceView"][];
            /** @description The template's lists in offer order, named */
            listDefinitions: components["schemas"]["CohortChoiceView"][];
            /** @description The template's list keys in offer order: who is offered a freed place first */
            listOrder: string[];
            /** @description Who stands on each of the template's lists (by list key, every list present), in joining order (Fast Track: waiting, active-interest, passive-interest) */
            lists: {
                [key: string]: components["schemas"]["ListedPersonView"][];
            };
            modules: components["schemas"]["CohortModuleView"][];
            name: string;
            offers: components["schemas"]["CohortOfferView"][];
            paceProfiles: components["schemas"]["ModuleItemView"][];
            /** Format: uuid */
            programId: string;
            projectWeeks: number;
            studyWeeks: number;
            withdrawn: string[];
        };
        CollaborationModelView: {
            /**
             * Format: uuid
             * @description The steering group's decision maker
             */
            gateOwnerId: string | null;
            roles: components["schemas"]["CollaborationRoleBodiesView"][];
        };
        CollaborationRoleBodiesView: {
            bodies: string[];
            name: components["schemas"]["LocalizedLabelView"];
            roleKey: string;
            suggestedBodies: string[];
        };
        CollaborationRoleView: {
            description?: components["schemas"]["LocalizedLabelView"];
            key: string;
            name: components["schemas"]["LocalizedLabelView"];
            suggestedBodies: string[];
        };
        CommunicationItemView: {
            audienceKey: string;
            channelKey: string;
            /**
             * Format: date
             * @example 2019-01-15
             */
            dueOn: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programId: string;
            /** @enum {string} */
            recurrence: "one-off" | "continuous";
            title: string;
        };
        CompleteTaskDto: {
            /** @description Values for the task's answer form: a string, number or boolean per field key */
            answer?: {
                [key: string]: string | number | boolean;
            };
        };
        CreateAbsenceDto: {
            /**
             * Format: date-time
             * @description Until (RFC 3339, with an offset): after startsAt, in the future, at most a year on
             * @example 2027-08-09T08:00:00+02:00
             */
            endsAt: string;
            /**
             * Format: date-time
             * @description From (RFC 3339, with an offset)
             * @example 2027-06-21T08:00:00+02:00
             */
            startsAt: string;
            /**
             * Format: uuid
             * @description Who acts meanwhile: for a contact person a contact person of the same organization, for the project office someone of the project office
             */
            substituteId: string;
        };
        CreateCohortDto: {
            /** @description The working-day calendar an offer window in working days counts (default: Sweden’s working days) */
            calendar?: components["schemas"]["TaskCalendarDto"];
            /**
             * @description Places in this cohort (default: the template’s capacity)
             * @example 12
             */
            capacity?: number;
            /**
             * Format: date-time
             * @description The info meeting; interest registration stays open for the template’s window after it
             * @example 2019-09-20T17:00:00+02:00
             */
            infoMeetingAt: string;
            /** @example Fast Track hösten 2019 */
            name: string;
            /**
             * @description How long a person has to answer an offered place: an ISO 8601 duration of at least 1 second, or working days (3WD) of the cohort’s calendar (default: the template’s)
             * @example P3D
             */
            offerResponse?: string;
        };
        CreateCommunicationItemDto: {
            /** @example boards */
            audience: string;
            /** @example intranet */
            channel: string;
            /**
             * Format: date
             * @example 2019-05-01
             */
            dueOn: string;
            /** @enum {string} */
            recurrence: "one-off" | "continuous";
            /** @example Nyhet på intranätet om Skola först */
            title: string;
        };
        CreatedWebhookView: {
            active: boolean;
            createdAt: string;
            events: string[];
            /** Format: uuid */
            id: string;
            name: string;
            /** @description HMAC-SHA256 signing secret, shown only now (withheld from an Idempotency-Key repeat). Verify X-Governance-Signature: t=<unix>,v1=hex(HMAC(secret, "<t>.<body>")) */
            secret?: string;
            url: string;
        };
        CreateNeedDto: {
            /**
             * @description One of the program's need categories (may come later, in categorization)
             * @example trust-safety
             */
            categoryKey?: string;
            /**
             * @description The question the need answers
             * @example q1-trust
             */
            questionKey?: string;
            /** @example Fler vuxna i skolan under rasterna */
            text: string;
        };
        CreateOrganizationDto: {
            /** @example Grundskolenämnden */
            name: string;
            /**
             * @description förvaltning, bolag, nämnd/styrelse, nätverk, övrig
             * @enum {string}
             */
            type: "department" | "company" | "board" | "network" | "other";
        };
        CreatePersonDto: {
            /**
             * @description When the daily digest goes out (HH:MM, Swedish time)
             * @default 07:00
             * @example 07:00
             */
            digestTime?: string;
            /** @example Anna Andersson */
            displayName: string;
            /**
             * @description An email address (stored in lower case)
             * @example anna.andersson@vasteras.se
             */
            email: string;
            /** @description The identity provider's subject (sub, or oid in Entra ID) */
            externalSubject?: string;
            /**
             * @default sv
             * @enum {string}
             */
            locale?: "sv" | "en";
            /**
             * @description Reminders one mail each, or one daily digest (escalations and invitations always come at once)
             * @default immediate
             * @enum {string}
             */
            mailDelivery?: "immediate" | "daily_digest";
            /**
             * Format: uuid
             * @description Required for a contact person: the organization they are the entrance to
             */
            organizationId?: string;
            /** @description e.g. gate.decide for steering-group members */
            permissions?: "gate.decide"[];
            /** @enum {string} */
            role: "project_office" | "contact_person" | "manager" | "participant";
        };
        CreateProgramDto: {
            /**
             * @description Overrides of the template's governance, each a whole list or setting (e.g. needCategories, focusAreas, matrixLevels, network, durations); validated with the rest of the template
             * @example {
             *       "network": {
             *         "initialEvery": "P2W",
             *         "initialMeetings": 3,
             *         "thenEvery": "P13W",
             *         "statusReportBefore": "P7D"
             *       }
             *     }
             */
            governance?: {
                [key: string]: unknown;
            };
            /** @example Kraftsamling Skola först 2019 */
            name: string;
            /**
             * @description A template listed by GET /templates: built-in (skola-forst, fast-track, projektmodell) or registered
             * @example skola-forst
             */
            templateKey: string;
            /** @description Template version; the latest when omitted */
            templateVersion?: number;
        };
        CreateSessionDto: {
            /**
             * Format: date
             * @description The day it was (or is planned to be) held
             * @example 2019-01-15
             */
            heldOn: string;
            /**
             * @description One of the program's session kinds (workshop, interview, conversation)
             * @example workshop
             */
            kind: string;
            /**
             * Format: uuid
             * @description The department or company the session was held with
             */
            organizationId?: string;
            /**
             * @description Keys of the program's participant groups
             * @example [
             *       "teachers",
             *       "managers"
             *     ]
             */
            participantGroups: string[];
            /** @example Workshop med rektorer, Skiljebo */
            title: string;
        };
        CreateTaskDto: {
            /** @description The answer the task expects: {"fields":[{"key","label":{"sv","en"},"type","required","options"}]} */
            answerForm?: components["schemas"]["AnswerForm"];
            /**
             * Format: uuid
             * @description The person who must act (or give organizationId; exactly one of the two): the project office or a contact person, never a manager or a participant
             */
            assigneeId?: string;
            /** @description Follow a working-day calendar: a due moment on a day off moves to the previous working day at the same local time (also when it is changed), and working days (3WD) in the reminder policy count its working days */
            calendar?: components["schemas"]["TaskCalendarDto"];
            /**
             * Format: date-time
             * @description Due moment (RFC 3339, with an offset)
             * @example 2019-05-20T09:00:00+02:00
             */
            dueAt: string;
            /**
             * Format: uuid
             * @description Who is told when the task is long overdue; the creator when omitted
             */
            escalateToId?: string;
            instructions?: string;
            /**
             * @description A meeting the assignee is invited to (info meeting, interview, network meeting): the first mail carries a calendar invitation (.ics)
             * @example {
             *       "startsAt": "2019-09-12T13:00:00+02:00",
             *       "endsAt": "2019-09-12T15:00:00+02:00",
             *       "location": "Stadshuset, sal A"
             *     }
             */
            meeting?: components["schemas"]["Meeting"];
            /**
             * Format: uuid
             * @description The organization whose contact person must act, resolved when the task is made
             */
            organizationId?: string;
            /** Format: uuid */
            programId?: string;
            /** @description ISO 8601 durations, e.g. {"before":["P3D","PT0S"],"overdueEvery":"P2D","escalateAfter":"P5D"}; the template default when omitted */
            reminderPolicy?: components["schemas"]["ReminderPolicy"];
            /** @example Rapportera status inför nätverksträffen */
            title: string;
        } & (unknown | unknown);
        CreateWebhookDto: {
            /**
             * @description Event types, a family such as task.*, or * for all
             * @example [
             *       "task.completed",
             *       "task.escalated"
             *     ]
             */
            events: string[];
            /** @example Ärendehanteringssystemet */
            name: string;
            /**
             * @description An http(s) URL of a public address (or one WEBHOOK_ALLOWED_TARGETS names)
             * @example https://integration.vasteras.se/hooks/governance
             */
            url: string;
        };
        DayOffView: {
            /**
             * Format: date
             * @example 2019-01-15
             */
            date: string;
            /** @enum {string} */
            kind: "weekend" | "public-holiday" | "eve" | "closure" | "school-break";
            name: components["schemas"]["LocalizedLabelView"];
        };
        DecideGateDto: {
            /** @description What to change, or why: required by the outcomes that say so (return, revise, send back) */
            comment?: string;
            /** @description Conditions of the decision (villkor): each becomes a task for its owner, due on its date */
            conditions?: components["schemas"]["DecisionConditionDto"][];
            /**
             * @description One of the decision point's outcomes in the program's template (GET /programs/{id} lists them per phase). Skola först: approve → next phase; return → the phase opens again (comment required); stop → the program closes
             * @example approve
             */
            decision: string;
            /** @description Each voting member present and their position, where the group's rule counts votes (majority, all) */
            positions?: components["schemas"]["MemberPositionDto"][];
            /** @description The steering group's members present (närvarande); required where the program has a steering group */
            present?: string[];
            /** @description Reservations (reservationer) against the decision, entered in the protocol */
            reservations?: components["schemas"]["ReservationDto"][];
        };
        DecisionConditionDto: {
            /** Format: date */
            dueDate: string;
            /**
             * Format: uuid
             * @description Who fulfils the condition: it becomes their task
             */
            ownerId: string;
            /** @example Kommunikationsplanen kompletteras med elevernas kanaler */
            text: string;
        };
        DecisionListView: {
            /** @description The program's decisions at its decision points, oldest first */
            items: components["schemas"]["DecisionSummaryView"][];
        };
        DecisionRuleView: {
            /** @enum {string} */
            kind: "chair" | "majority" | "all";
            quorum: number;
        };
        DecisionSummaryView: {
            /** Format: date-time */
            decidedAt: string;
            decision: string;
            /** Format: uuid */
            gateTaskId: string;
            phaseKey: string;
            round: number;
        };
        DefineIndicatorDto: {
            /** @example 72.5 */
            baselineValue: number;
            /** @example 2019 */
            baselineYear: number;
            /**
             * @description A slug, unique within the program; the CSV import names the indicator by it
             * @example godkant-alla-amnen-ak9
             */
            key: string;
            /** @example Share of pupils meeting the knowledge requirements in all subjects in year 9 */
            nameEn: string;
            /** @example Andel elever som uppnått kunskapskraven i alla ämnen i åk 9 */
            nameSv: string;
            /**
             * Format: uuid
             * @description Who answers for the indicator and may record its values: a person of the project office or a contact person (default: the caller)
             */
            ownerId?: string;
            /** @example Skolverket, SIRIS */
            source: string;
            /** @example 85 */
            targetValue: number;
            /**
             * @description Not before baselineYear
             * @example 2023
             */
            targetYear: number;
            /** @example % */
            unit: string;
        };
        DocumentApprovalView: {
            at: string;
            /** @description Who approved it */
            by: string | null;
            version: number;
        };
        DocumentVersionView: {
            link: string;
            recordedAt: string;
            /** @description Who recorded it; null for a reader who may not see persons outside their organization */
            recordedBy: string | null;
            title: string;
            version: number;
        };
        EffectGoalDefinitionView: {
            number: number;
            text: components["schemas"]["LocalizedLabelView"];
        };
        EffectGoalPageView: {
            /** @description The activities that serve the goal (a contact person: their own organization's) */
            activities: components["schemas"]["GoalActivityView"][];
            indicators: components["schemas"]["IndicatorSeriesView"][];
            number: number;
            text: components["schemas"]["LocalizedLabelView"];
        };
        EffectGoalView: {
            /** @description The activities that serve the goal (a contact person: their own organization's) */
            activities: components["schemas"]["GoalActivityView"][];
            indicators: components["schemas"]["IndicatorStatusView"][];
            number: number;
            text: components["schemas"]["LocalizedLabelView"];
        };
        ErasedPersonView: {
            /**
             * Format: uuid
             * @description The pseudonymous id kept for the audit trail
             */
            personId: string;
            /** @description Rows in which a name or address was replaced */
            rowsChanged: number;
        };
        EvaluateActivityDto: {
            /** @enum {string} */
            decision: "end" | "continue" | "scale-up";
            rationale: string;
            /** @description Required for scale-up: the wider successor */
            scaleUp?: components["schemas"]["ScaleUpDto"];
        };
        EvaluationDto: {
            findings: string;
            /** @example Fokusgrupp 1 (Stockholms stad) */
            group: string;
            /**
             * Format: date
             * @example 2019-11-05
             */
            heldOn: string;
        };
        EventAttendanceView: {
            /** @description Attendees of the event, in all */
            attendees: number;
            /** Format: uuid */
            eventId: string;
        };
        /** @description One offending field of a refused request */
        FieldError: {
            /**
             * @description The field: a dotted path into the body or the query, `(body)` for the body as a whole, `row 3.category` for a CSV row
             * @example participantGroups.0
             */
            field: string;
            /** @example 'x' is not one of: teachers, managers */
            message: string;
        };
        FocusAreaCategoryView: {
            key: string;
            /** @description Absent for a category the program no longer has */
            name?: components["schemas"]["LocalizedLabelView"];
            needs: number;
        };
        FocusAreaDto: {
            /**
             * @description The need categories this focus area answers
             * @example [
             *       "trust-safety",
             *       "future-belief-support"
             *     ]
             */
            categoryKeys: string[];
            /** @example adult-relations */
            key: string;
            /** @description The name; the template's suggestion with the same key when omitted */
            name?: components["schemas"]["LocalizedTextDto"];
        };
        FocusAreaSettingsView: {
            /** @description How many focus areas the program chooses */
            count: number;
            suggestions: components["schemas"]["LabelledView"][];
        };
        FocusAreasView: {
            focusAreas: components["schemas"]["ChosenFocusAreaView"][];
            needsPerCategory: components["schemas"]["CategoryCountView"][];
            /** @description The template's number of focus areas */
            required: number;
            suggestions: components["schemas"]["LabelledView"][];
        };
        FormFieldView: {
            key: string;
            label: components["schemas"]["LocalizedLabelView"];
            maxLength?: number;
            options?: string[];
            required: boolean;
            /** @enum {string} */
            type: "text" | "number" | "boolean" | "choice" | "date";
        };
        GateDecidedView: {
            /** @description The outcome decided, one of the decision point's outcome keys */
            decision: string;
            phaseKey: string;
            /** Format: uuid */
            programId: string;
        };
        GateMaterialView: {
            description?: components["schemas"]["LocalizedLabelView"];
            key: string;
            name: components["schemas"]["LocalizedLabelView"];
            /** @description null until provided; the decision waits for every piece */
            provided: components["schemas"]["MaterialProvidedView"] | null;
        };
        GateOutcomeView: {
            /** @description The decision needs a comment */
            commentRequired: boolean;
            /**
             * @description next → the next phase (or the program completes); repeat → the phase opens again with its plan revised; back → an earlier phase opens again; close → the program closes
             * @enum {string}
             */
            effect: "next" | "repeat" | "back" | "close";
            key: string;
            name: components["schemas"]["LocalizedLabelView"];
            /** @description For back: the phase the program returns to */
            to?: string;
        };
        GateView: {
            /** @description The outcome decided (one of the decision point's outcome keys) */
            decision: string | null;
            phaseKey: string;
            round: number;
            /** @enum {string} */
            status: "open" | "decided";
            taskId: string;
        };
        GoalActivityView: {
            /** Format: uuid */
            id: string;
            /** @description The goal's indicators the activity names as those it should move */
            indicatorIds: string[];
            /** @enum {string} */
            status: "planning" | "execution" | "evaluation" | "ended" | "scaled-up";
            title: string;
        };
        GovernanceView: {
            /** @description The working-day calendar the program's tasks follow (deadlines off its days off; 5WD counts its working days) */
            calendar?: components["schemas"]["CalendarChoiceView"];
            collaborationRoles: components["schemas"]["CollaborationRoleView"][];
            communicationAudiences: components["schemas"]["LabelledView"][];
            communicationChannels: components["schemas"]["LabelledView"][];
            durations: components["schemas"]["ProgramDurationsView"];
            effectGoals: components["schemas"]["EffectGoalDefinitionView"][];
            evaluationDecisions: components["schemas"]["LabelledView"][];
            focusAreas: components["schemas"]["FocusAreaSettingsView"];
            matrixLevels: components["schemas"]["LabelledView"][];
            methods: components["schemas"]["LabelledView"][];
            needCategories: components["schemas"]["LabelledView"][];
            network: components["schemas"]["NetworkCadenceView"];
            participantGroups: components["schemas"]["LabelledView"][];
            questions: components["schemas"]["QuestionView"][];
            reminderPolicies: components["schemas"]["ProgramReminderPoliciesView"];
            sessionKinds: components["schemas"]["LabelledView"][];
        };
        HandoverDto: {
            /**
             * Format: uuid
             * @description The successor: a contact person of the same organization (with gate.decide if the person decides a gate)
             */
            to: string;
        };
        HandoverItemView: {
            /**
             * Format: uuid
             * @description The task, activity, network membership, program or organization
             */
            id: string;
            /**
             * @description An open task (interviews and gate tasks included), an activity they are responsible for, a seat in a program’s network, a seat in a program’s steering group, a program whose gate they decide, their organization’s contact-person role
             * @enum {string}
             */
            kind: "task" | "activity" | "network-seat" | "steering-seat" | "gate" | "organization-contact";
            /** Format: uuid */
            programId: string | null;
            /** @description The task’s or activity’s title, the program’s name */
            title: string | null;
        };
        HandoverView: {
            dryRun: boolean;
            /** Format: uuid */
            from: string;
            items: components["schemas"]["HandoverItemView"][];
            /** @description How many items were moved (0 in a dry run) */
            moved: number;
            /** Format: uuid */
            to: string;
        };
        ImportedSessionView: {
            /**
             * @description An existing session of that kind and only that group, or one the import makes
             * @enum {string}
             */
            action: "matched" | "created";
            /** @example teachers */
            group: string;
            /** @example workshop */
            kind: string;
            /** @description Needs of the file for it */
            needs: number;
            /**
             * Format: uuid
             * @description The session (null for one a dry run would create)
             */
            sessionId: string | null;
            title: string;
        };
        ImportNeedsFileDto: {
            /** @description The gathering's needs as CSV with the header "text,source,group,category" (question optional; category may be empty): source a session kind and group a participant group, each by key, Swedish or English name */
            csv: string;
            /**
             * Format: date
             * @description The day of the sessions the import makes (default: today in Stockholm)
             */
            heldOn?: string;
            /** @description What the labels the program does not know stand for (a dry run lists them) */
            mapping?: components["schemas"]["NeedsLabelMappingDto"];
        };
        IndicatorPointView: {
            value: number;
            year: number;
        };
        IndicatorSeriesView: {
            baselineValue: number;
            baselineYear: number;
            /** Format: date-time */
            createdAt: string;
            /** @description What the straight line from baseline to target expects in the latest year */
            expected: number | null;
            goalNumber: number;
            /** Format: uuid */
            id: string;
            key: string;
            /** @description The value of the latest year measured */
            latest: components["schemas"]["IndicatorPointView"] | null;
            name: components["schemas"]["LocalizedLabelView"];
            /** @description Whether the latest value is on the line from baseline to target or better; null before the first value */
            onTrack: boolean | null;
            /**
             * Format: uuid
             * @description The owner, null when the caller may not know the person
             */
            ownerId: string | null;
            /** @description The owner's name, null when the caller may not know the person */
            ownerName: string | null;
            /** Format: uuid */
            programId: string;
            /** @description The measured values, by year */
            series: components["schemas"]["IndicatorPointView"][];
            source: string;
            targetValue: number;
            targetYear: number;
            unit: string;
            /** Format: date-time */
            updatedAt: string;
        };
        IndicatorStatusView: {
            baselineValue: number;
            baselineYear: number;
            /** Format: date-time */
            createdAt: string;
            /** @description What the straight line from baseline to target expects in the latest year */
            expected: number | null;
            goalNumber: number;
            /** Format: uuid */
            id: string;
            key: string;
            /** @description The value of the latest year measured */
            latest: components["schemas"]["IndicatorPointView"] | null;
            name: components["schemas"]["LocalizedLabelView"];
            /** @description Whether the latest value is on the line from baseline to target or better; null before the first value */
            onTrack: boolean | null;
            /**
             * Format: uuid
             * @description The owner, null when the caller may not know the person
             */
            ownerId: string | null;
            /** @description The owner's name, null when the caller may not know the person */
            ownerName: string | null;
            /** Format: uuid */
            programId: string;
            source: string;
            targetValue: number;
            targetYear: number;
            unit: string;
            /** Format: date-time */
            updatedAt: string;
        };
        IndicatorValueRecordedView: {
            /** Format: uuid */
            indicatorId: string;
            /** Format: date-time */
            recordedAt: string;
            /**
             * Format: uuid
             * @description Who recorded it, null when the caller may not know the person
             */
            recordedBy: string | null;
            /** @description The value it replaced, null when the year was new */
            replaced: number | null;
            value: number;
            year: number;
        };
        IndicatorValuesImportView: {
            /** @description Years that had no value before */
            created: number;
            /** @description Years whose value was replaced (the audit trail keeps the old one) */
            replaced: number;
            /** @description Rows in the file */
            rows: number;
        };
        IndicatorView: {
            baselineValue: number;
            baselineYear: number;
            /** Format: date-time */
            createdAt: string;
            goalNumber: number;
            /** Format: uuid */
            id: string;
            key: string;
            name: components["schemas"]["LocalizedLabelView"];
            /**
             * Format: uuid
             * @description The owner, null when the caller may not know the person
             */
            ownerId: string | null;
            /** @description The owner's name, null when the caller may not know the person */
            ownerName: string | null;
            /** Format: uuid */
            programId: string;
            source: string;
            targetValue: number;
            targetYear: number;
            unit: string;
            /** Format: date-time */
            updatedAt: string;
        };
        InterviewDto: {
            /**
             * Format: uuid
             * @description Who holds the interview (project office or contact person); the task and its calendar invitation go to them
             */
            interviewerId: string;
            /**
             * @description Minutes (default 45)
             * @example 45
             */
            minutes?: number;
            /** Format: uuid */
            personId: string;
            /**
             * Format: date-time
             * @example 2019-10-07T10:00:00+02:00
             */
            startsAt: string;
        };
        InterviewOutcomeDto: {
            note?: string;
            /**
             * @description admit (up to the capacity), the key of one of the cohort template's lists (Fast Track: waiting, active-interest, passive-interest), or not-suitable; another is a 400 naming them
             * @example admit
             */
            outcome: string;
        };
        InterviewScheduledView: {
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            interviewerId: string;
            /** Format: uuid */
            personId: string;
            /** Format: date-time */
            startsAt: string;
            /**
             * Format: uuid
             * @description The interviewer's task
             */
            taskId: string;
        };
        InterviewView: {
            /** Format: uuid */
            interviewerId: string;
            /** @description admit, the key of one of the cohort's lists, or not-suitable */
            outcome: string | null;
            /** Format: uuid */
            personId: string;
            /** Format: date-time */
            startsAt: string | null;
            /** @enum {string} */
            status: "open" | "done" | "cancelled";
            /** Format: uuid */
            taskId: string;
        };
        IssuedTokenView: {
            createdAt: string;
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            lastUsedAt: string | null;
            name: string;
            /** @description First characters, to tell tokens apart */
            prefix: string;
            revokedAt: string | null;
            /** @description The token itself: shown only in this answer (withheld from an Idempotency-Key repeat, which answers the header Idempotent-Secrets-Withheld: token) */
            token?: string;
        };
        IssueTokenDto: {
            /**
             * @description Days until the token expires
             * @default 90
             */
            expiresInDays?: number;
            /** @example integration script */
            name: string;
        };
        JourneyView: {
            /** @enum {string} */
            advancedTrack: "none" | "proposed" | "accepted" | "declined";
            ambition: number;
            assessment: components["schemas"]["AssessmentView"] | null;
            /** Format: uuid */
            cohortId: string;
            completedItems: number;
            /** @description Knowledge levels assessed, by week */
            levels: components["schemas"]["LevelAtWeekView"][];
            /** @description Modules whose course material is open */
            materialAccess: string[];
            paceKey: string;
            /** Format: uuid */
            personId: string;
            plan: components["schemas"]["PlanWeekView"][];
            planVersion: number;
            progress: components["schemas"]["WeekProgressView"][];
            project: components["schemas"]["ProjectWorkView"];
            /** @enum {string} */
            status: "assessment" | "studying" | "completed" | "dropped";
            totalItems: number;
            weeksAhead: number | null;
        };
        LabelledView: {
            description?: components["schemas"]["LocalizedLabelView"];
            key: string;
            name: components["schemas"]["LocalizedLabelView"];
        };
        LeaveDto: {
            /** @enum {string} */
            outcome: "completed" | "dropped";
        };
        LevelAssessmentDto: {
            /**
             * @description The knowledge level now: one of the cohort template's (another is a 400 naming them)
             * @example very-good
             */
            level: string;
            /**
             * @description The program week of the follow-up (after the last assessment)
             * @example 5
             */
            week: number;
        };
        LevelAtWeekView: {
            /** @description One of the template's knowledge levels */
            level: string;
            week: number;
        };
        LevelsAtWeekView: {
            /** @description Participants per knowledge level of the cohort's template (every level, lowest first; Fast Track: basic, good, very-good) */
            levels: {
                [key: string]: number;
            };
            /** @description The assessment week (0: the first assessment) */
            week: number;
        };
        ListedCommunicationItemView: {
            audienceKey: string;
            channelKey: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date
             * @example 2019-01-15
             */
            dueOn: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programId: string;
            /** @enum {string} */
            recurrence: "one-off" | "continuous";
            title: string;
        };
        ListedPersonView: {
            /** @description From the person register (null once erased or removed) */
            name: string | null;
            /** Format: uuid */
            personId: string;
            position: number;
        };
        LivenessView: {
            /** @enum {string} */
            status: "ok";
        };
        LocalizedLabelView: {
            en: string;
            sv: string;
        };
        LocalizedTextDto: {
            en: string;
            sv: string;
        };
        MaterialProvidedView: {
            link: string;
            /** Format: date-time */
            recordedAt: string;
            /**
             * Format: uuid
             * @description null where the caller may not know the person (another organization's contact person)
             */
            recordedBy: string | null;
            title: string;
        };
        MatrixAxisView: {
            key: string;
            name: components["schemas"]["LocalizedLabelView"];
        };
        MatrixByStatusView: {
            ended: number;
            evaluation: number;
            execution: number;
            planning: number;
            "scaled-up": number;
        };
        MatrixCellView: {
            /** @description Activities in the cell per status */
            byStatus: components["schemas"]["MatrixByStatusView"];
            focusAreaKey: string;
            levelKey: string;
            total: number;
        };
        MatrixView: {
            cells: components["schemas"]["MatrixCellView"][];
            /** @description The drill-down URL template of a cell */
            drillDown: string;
            focusAreas: components["schemas"]["MatrixAxisView"][];
            levels: components["schemas"]["MatrixAxisView"][];
        };
        /** @description A meeting the assignee is invited to (at most 7 days long) */
        Meeting: {
            /**
             * @description ISO 8601, after startsAt
             * @example 2019-09-12T15:00:00+02:00
             */
            endsAt: string;
            /** @example Stadshuset, sal A */
            location?: string;
            /**
             * @description ISO 8601
             * @example 2019-09-12T13:00:00+02:00
             */
            startsAt: string;
        };
        MemberPositionDto: {
            /** Format: uuid */
            personId: string;
            /**
             * @description för (for), emot (against), avstår (abstain)
             * @enum {string}
             */
            position: "for" | "against" | "abstain";
        };
        ModuleItemView: {
            key: string;
            name: components["schemas"]["LocalizedLabelView"];
        };
        ModuleShareView: {
            /** @description The share of the participants who finished it */
            finished: number;
            module: string;
            /** @description The share of the participants who started the module */
            started: number;
        };
        NamedPersonView: {
            /** @description From the person register (null once erased or removed) */
            name: string | null;
            /** Format: uuid */
            personId: string;
        };
        NeedPageView: {
            items: components["schemas"]["NeedView"][];
            limit: number;
            offset: number;
            total: number;
        };
        NeedPreviewView: {
            categoryKey: string | null;
            questionKey: string | null;
            /** @description The row in the file (the header is row 1) */
            row: number;
            text: string;
        };
        NeedsFileImportView: {
            /** @description Rows with a category */
            categorized: number;
            dryRun: boolean;
            /** @description Needs stored (0 in a dry run) */
            imported: number;
            /** @description A dry run's first 50 rows as they would be stored */
            preview?: components["schemas"]["NeedsFilePreviewRowView"][];
            /** @description Rows in the file */
            rows: number;
            /** @description The sessions the rows go to, one per kind and group */
            sessions: components["schemas"]["ImportedSessionView"][];
            /** @description Labels the program does not know and the mapping does not map (empty when the file can be imported) */
            unknown: components["schemas"]["UnknownLabelsView"];
        };
        NeedsFilePreviewRowView: {
            categoryKey: string | null;
            group: string | null;
            /** @description null: the label is unknown */
            kind: string | null;
            /** @description The line in the file (the header is line 1) */
            line: number;
            questionKey: string | null;
            text: string;
        };
        NeedsImportView: {
            categorized: number;
            dryRun: boolean;
            /** @description Needs stored (0 in a dry run) */
            imported: number;
            /** @description A dry run's first 50 rows as they would be stored */
            preview?: components["schemas"]["NeedPreviewView"][];
            /** @description Rows in the file */
            rows: number;
            /** Format: uuid */
            sessionId: string;
        };
        NeedsLabelMappingDto: {
            /** @description Labels of the file's column mapped to keys of the program's need categories, e.g. {"Trivsel": "health"} */
            categories?: {
                [key: string]: string;
            };
            /** @description Labels of the file's column mapped to keys of the program's participant groups, e.g. {"Trivsel": "health"} */
            groups?: {
                [key: string]: string;
            };
            /** @description Labels of the file's column mapped to keys of the program's session kinds (the source column), e.g. {"Trivsel": "health"} */
            sources?: {
                [key: string]: string;
            };
        };
        NeedStatisticsView: {
            byCategory: components["schemas"]["CategoryCountView"][];
            sessions: components["schemas"]["SessionCountsView"];
            total: number;
            uncategorized: number;
        };
        NeedView: {
            categoryKey: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programId: string;
            questionKey: string | null;
            /** Format: uuid */
            sessionId: string;
            text: string;
        };
        NetworkCadenceView: {
            /** @description The calendar whose days off meetings are kept off (school breaks too with school-year) */
            calendar?: components["schemas"]["CalendarChoiceView"];
            /**
             * @description ISO 8601 duration between the first meetings
             * @example P4W
             */
            initialEvery: string;
            initialMeetings: number;
            /**
             * @description How long before each meeting the status reports are due
             * @example P7D
             */
            statusReportBefore: string;
            /** @example P13W */
            thenEvery: string;
        };
        NetworkMeetingView: {
            /** @description Who attended (null until recorded); a contact person sees only those of their own organization */
            attendeeIds: string[] | null;
            /** @description How many attended (null until recorded) */
            attendees: number | null;
            minutes: string | null;
            /** @description 0 is the kickoff */
            number: number;
            /** Format: date-time */
            recordedAt: string | null;
            /** Format: date-time */
            startsAt: string;
        };
        NetworkMemberListedView: {
            /** @description The contact person's name; null where personId is */
            contactPerson: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            joinedAt: string;
            /** Format: date-time */
            leftAt: string | null;
            /** @description The organization's name */
            organization: string;
            /** Format: uuid */
            organizationId: string;
            /**
             * Format: uuid
             * @description The contact person; null for a contact person reading another organization's
             */
            personId: string | null;
        };
        NetworkMemberView: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            joinedAt: string;
            /** Format: date-time */
            leftAt: string | null;
            /** Format: uuid */
            organizationId: string;
            /** Format: uuid */
            personId: string;
            /** Format: uuid */
            programId: string;
        };
        NetworkView: {
            cadence: components["schemas"]["NetworkCadenceView"] | null;
            /** Format: date-time */
            kickoffAt: string | null;
            meetings: components["schemas"]["NetworkMeetingView"][];
            /** @description Current and former members (leftAt set) */
            members: components["schemas"]["NetworkMemberListedView"][];
            /** @description The next four meetings as the network plans them (empty before its start) */
            plan: components["schemas"]["PlannedMeetingView"][];
            started: boolean;
        };
        OpenGateView: {
            /**
             * Format: uuid
             * @description Who decides where there is no steering group, and whose inbox holds the gate (the chair where there is one)
             */
            decisionMakerId: string | null;
            material: components["schemas"]["GateMaterialView"][];
            /** @description Whether every piece of material is provided (the decision can be taken) */
            materialComplete: boolean;
            outcomes: components["schemas"]["GateOutcomeView"][];
            phaseKey: string;
            /** Format: uuid */
            programId: string;
            /** @description The how-manieth time this decision point is decided (a returned phase comes back) */
            round: number;
            steeringGroup: components["schemas"]["SteeringGroupView"];
            /** Format: uuid */
            taskId: string;
        };
        OrganizationPageView: {
            items: components["schemas"]["OrganizationView"][];
            limit?: number;
            offset?: number;
            total: number;
        };
        OrganizationTasksView: {
            dueSoon: number;
            name: string | null;
            /**
             * Format: uuid
             * @description null: assignees of no organization (the project office, participants)
             */
            organizationId: string | null;
            overdue: number;
        };
        OrganizationView: {
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            type: "department" | "company" | "board" | "network" | "other";
            updatedAt: string;
        };
        PersonPageView: {
            items: components["schemas"]["PersonView"][];
            limit: number;
            offset: number;
            total: number;
        };
        PersonRefDto: {
            /** Format: uuid */
            personId: string;
        };
        PersonView: {
            /** @example 07:00 */
            digestTime: string;
            displayName: string;
            email: string;
            externalSubject: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            locale: "sv" | "en";
            /** @enum {string} */
            mailDelivery: "immediate" | "daily_digest";
            /** Format: uuid */
            organizationId: string | null;
            permissions: "gate.decide"[];
            /** @enum {string} */
            role: "project_office" | "contact_person" | "manager" | "participant";
        };
        PhaseDefinitionView: {
            /** @description A decision point (gate) decided by the steering group closes the phase */
            gate: boolean;
            key: string;
            name: components["schemas"]["LocalizedLabelView"];
            /** @description The decision point's outcomes; empty without one */
            outcomes: components["schemas"]["GateOutcomeView"][];
            /** @description Completed in order */
            steps: components["schemas"]["StepDefinitionView"][];
        };
        PhaseReportView: {
            collaborationModel: components["schemas"]["ReportRoleView"][];
            communicationPlan: components["schemas"]["ReportCommunicationItemView"][];
            focusAreas: components["schemas"]["ReportFocusAreaView"][];
            /** Format: date-time */
            generatedAt: string;
            needs: components["schemas"]["ReportNeedsView"];
            network: components["schemas"]["ReportNetworkView"];
            program: components["schemas"]["ReportProgramView"];
            questions: components["schemas"]["QuestionView"][];
            sessions: components["schemas"]["SessionCountsView"];
        };
        PlacementView: {
            /** @description Admitted participants now */
            admitted: number;
            openOffers: components["schemas"]["CohortOfferView"][];
            /** Format: uuid */
            personId: string;
            /** @description The person's status in the cohort now: attendee, registered, admitted, withdrawn, not-suitable, or the key of the list they are on */
            status: string;
        };
        PlaceOnListDto: {
            /**
             * @description One of the lists of the cohort's template (the cohort's listOrder; Fast Track: waiting, active-interest, passive-interest); another is a 400 naming them
             * @example waiting
             */
            list: string;
            /** Format: uuid */
            personId: string;
        };
        PlanChangeDto: {
            /** @example 1.2 */
            ambition: number;
            /** @example faster */
            paceKey: string;
        };
        PlannedMeetingView: {
            /**
             * Format: date-time
             * @description When the cadence alone would put it
             */
            byCadence: string;
            /** @description The days off it was moved over to the next working day (empty: not moved) */
            movedOver: components["schemas"]["DayOffView"][];
            number: number;
            /**
             * Format: date-time
             * @description When it is planned
             */
            startsAt: string;
        };
        PlanWeekView: {
            /** @description Module items, `module/item` */
            items: string[];
            week: number;
        };
        PortfolioCountsView: {
            /** @description Activities whose status report is past due */
            activitiesWithoutReport: number;
            /** @description Open tasks due within 3 days */
            dueSoonTasks: number;
            /** @description Gates (decision points) waiting for a decision */
            gatesWaiting: number;
            /** @description Effect-goal indicators whose latest value is behind the line to their target */
            indicatorsBehind: number;
            /** @description Open offers of a place expiring within 3 days */
            offersExpiring: number;
            /** @description Gates waiting past their due moment */
            overdueGates: number;
            /** @description Open tasks past their due moment */
            overdueTasks: number;
        };
        PortfolioPhaseView: {
            /** @description The template's phase key, or for a cohort its stage: before-info-meeting, interest-registration, under-way */
            key: string;
            name: components["schemas"]["LocalizedLabelView"];
        };
        PortfolioReasonView: {
            count: number;
            /** @description The reason in Swedish and English */
            label: components["schemas"]["LocalizedLabelView"];
            /** @enum {string} */
            signal: "overdueTasks" | "overdueGates" | "activitiesWithoutReport" | "indicatorsBehind" | "offersExpiring";
            /**
             * @description The status this reason alone gives
             * @enum {string}
             */
            status: "at-risk" | "off-track";
        };
        PortfolioRowView: {
            counts: components["schemas"]["PortfolioCountsView"];
            /**
             * Format: uuid
             * @description The program's or the cohort's id
             */
            id: string;
            /** @enum {string} */
            kind: "program" | "cohort";
            name: string;
            /** @description Where it stands: the current phase (null when closed or not started) */
            phase: components["schemas"]["PortfolioPhaseView"] | null;
            /** Format: uuid */
            programId: string;
            /** @description The program's name (a cohort's program) */
            programName: string;
            /**
             * @description The program's status
             * @enum {string}
             */
            programStatus: "active" | "closed";
            /** @description Why, worst first; empty when on track */
            reasons: components["schemas"]["PortfolioReasonView"][];
            /** @enum {string} */
            status: "on-track" | "at-risk" | "off-track";
            templateKey: string;
        };
        PortfolioTotalsView: {
            activitiesWithoutReport: number;
            gatesWaiting: number;
            offersExpiring: number;
            overdueTasks: number;
        };
        PortfolioView: {
            /**
             * Format: date-time
             * @description The moment the counts are taken at
             */
            at: string;
            /** @description Overdue and due-soon open tasks per organization, most overdue first (at most 30) */
            byOrganization: components["schemas"]["OrganizationTasksView"][];
            /** @description Programs and cohorts matching the filters, off track first, then at risk, then on track */
            items: components["schemas"]["PortfolioRowView"][];
            /** @description The counts that need action over the rows of the kind and organization filters (before status and needs) */
            totals: components["schemas"]["PortfolioTotalsView"];
            /** @description More programs or cohorts exist than the overview reads (the newest 200 programs, 200 cohorts) */
            truncated: boolean;
        };
        PreferencesDto: {
            /**
             * @description When the daily digest goes out (HH:MM, Swedish time)
             * @example 07:00
             */
            digestTime?: string;
            /** @enum {string} */
            locale?: "sv" | "en";
            /**
             * @description Reminders one mail each, or one daily digest (escalations and invitations always come at once)
             * @enum {string}
             */
            mailDelivery?: "immediate" | "daily_digest";
        };
        /** @description RFC 9457 problem details: every error answer of the API, with the media type application/problem+json */
        ProblemDocument: {
            /**
             * @description What went wrong, for a person to read
             * @example participantGroups.0: must be a lower-case key of letters, digits and dashes
             */
            detail?: string;
            /** @description The offending fields of a refused request (at most 50) */
            errors?: components["schemas"]["FieldError"][];
            /** @description How many more field errors there were beyond the first 50 */
            errorsOmitted?: number;
            /**
             * @description The request path (without the query)
             * @example /programs/4b0c…/sessions
             */
            instance?: string;
            /**
             * @description The HTTP status code
             * @example 400
             */
            status: number;
            /**
             * @description The status in words
             * @example Bad Request
             */
            title: string;
            /**
             * @description A URI naming the kind of problem; about:blank: the status says it all
             * @example about:blank
             */
            type: string;
        };
        ProgramDurationsView: {
            /** @example P30D */
            activityEvaluation: string;
            /** @example P30D */
            activityPlanning: string;
            /** @example P14D */
            gate: string;
            /** @example P14D */
            step: string;
            /** @example P52W */
            yearlyCheckEvery: string;
        };
        ProgramLiveStateView: {
            activePhaseWorkflowId?: string | null;
            currentPhaseKey: string | null;
            gate?: components["schemas"]["GateView"] | null;
            phases: components["schemas"]["ProgramPhaseView"][];
            startedAt: string;
            /** @enum {string} */
            status: "active" | "closed";
        };
        ProgramPageView: {
            items: components["schemas"]["ProgramView"][];
            limit: number;
            offset: number;
            total: number;
        };
        ProgramPhaseView: {
            key: string;
            rounds?: number;
            /** @enum {string} */
            status: "pending" | "active" | "returned" | "sent-back" | "completed" | "stopped";
        };
        ProgramPositionView: {
            /** @description The gate's decision maker named in the collaboration model, the only person who decides the gate; null until named, and for a contact person unless it is themselves or a person of their organization */
            gateOwnerId: string | null;
            /** @description The open gate task, while the steering group has not decided */
            gateTaskId: string | null;
            phaseKey: string | null;
            /** @enum {string} */
            status: "active" | "closed";
            stepKey: string | null;
            /** @enum {string|null} */
            stepStatus: "open" | "completed" | null;
            /** @description The open step's task */
            stepTaskId: string | null;
        };
        ProgramReminderPoliciesView: {
            /** @description ISO 8601 durations: {"before":["P3D","PT0S"],"overdueEvery":"P2D","maxOverdue":5,"escalateAfter":"P5D"} */
            default?: {
                before: string[];
                escalateAfter?: string;
                maxOverdue?: number;
                overdueEvery?: string;
            };
            /** @description ISO 8601 durations: {"before":["P3D","PT0S"],"overdueEvery":"P2D","maxOverdue":5,"escalateAfter":"P5D"} */
            gate?: {
                before: string[];
                escalateAfter?: string;
                maxOverdue?: number;
                overdueEvery?: string;
            };
            /** @description ISO 8601 durations: {"before":["P3D","PT0S"],"overdueEvery":"P2D","maxOverdue":5,"escalateAfter":"P5D"} */
            statusReport?: {
                before: string[];
                escalateAfter?: string;
                maxOverdue?: number;
                overdueEvery?: string;
            };
        };
        ProgramTemplateFile: {
            $schema?: string;
            cohort?: {
                advancedTrack: {
                    minWeeksAhead: number;
                };
                capacity: number;
                infoMeetingSeats: number;
                interestWindow: string;
                interviewDue: string;
                knowledgeLevels: {
                    description?: {
                        en: string;
                        sv: string;
                    };
                    factor?: number;
                    key: string;
                    name: {
                        en: string;
                        sv: string;
                    };
                }[];
                lists: {
                    description?: {
                        en: string;
                        sv: string;
                    };
                    key: string;
                    name: {
                        en: string;
                        sv: string;
                    };
                }[];
                modules: {
                    description?: {
                        en: string;
                        sv: string;
                    };
                    items: {
                        description?: {
                            en: string;
                            sv: string;
                        };
                        key: string;
                        name: {
                            en: string;
                            sv: string;
                        };
                    }[];
                    key: string;
                    name: {
                        en: string;
                        sv: string;
                    };
                    /** @default [] */
                    requires?: string[];
                }[];
                offerResponse: string;
                paceProfiles: {
                    description?: {
                        en: string;
                        sv: string;
                    };
                    factor: number;
                    key: string;
                    name: {
                        en: string;
                        sv: string;
                    };
                }[];
                projectWeeks: number;
                reminderPolicies: {
                    default: unknown;
                    interview: unknown;
                    offer: unknown;
                    weeklyProgress: unknown;
                };
                studyWeeks: number;
            };
            description: {
                en: string;
                sv: string;
            };
            governance?: {
                calendar?: {
                    /**
                     * @default working-days
                     * @enum {string}
                     */
                    basis?: "working-days" | "school-year";
                    /** @enum {string} */
                    key: "sverige" | "vasteras" | "stockholm";
                };
                /** @default [] */
                collaborationRoles?: {
                    description?: {
                        en: string;
                        sv: string;
                    };
                    key: string;
                    name: {
                        en: string;
                        sv: string;
                    };
                    /** @default [] */
                    suggestedBodies?: string[];
                }[];
                /** @default [] */
                communicationAudiences?: {
                    description?: {
                        en: string;
                        sv: string;
                    };
                    key: string;
                    name: {
                        en: string;
                        sv: string;
                    };
                }[];
                /** @default [] */
                communicationChannels?: {
                    description?: {
                        en: string;
                        sv: string;
                    };
                    key: string;
                    name: {
                        en: string;
                        sv: string;
                    };
                }[];
                /**
                 * @default {
                 *       "step": "P14D",
                 *       "gate": "P14D",
                 *       "activityPlanning": "P30D",
                 *       "activityEvaluation": "P30D",
                 *       "yearlyCheckEvery": "P52W"
                 *     }
                 */
                durations?: {
                    activityEvaluation: string;
                    activityPlanning: string;
                    gate: string;
                    step: string;
                    yearlyCheckEvery: string;
                };
                /** @default [] */
                effectGoals?: {
                    number: number;
                    text: {
                        en: string;
                        sv: string;
                    };
                }[];
                /** @default [] */
                evaluationDecisions?: {
                    description?: {
                        en: string;
                        sv: string;
                    };
                    key: string;
                    name: {
                        en: string;
                        sv: string;
                    };
                }[];
                focusAreas?: {
                    count: number;
                    suggestions: {
                        description?: {
                            en: string;
                            sv: string;
                        };
                        key: string;
                        name: {
                            en: string;
                            sv: string;
                        };
                    }[];
                };
                /** @default [] */
                matrixLevels?: {
                    description?: {
                        en: string;
                        sv: string;
                    };
                    key: string;
                    name: {
                        en: string;
                        sv: string;
                    };
                }[];
                /** @default [] */
                methods?: {
                    description?: {
                        en: string;
                        sv: string;
                    };
                    key: string;
                    name: {
                        en: string;
                        sv: string;
                    };
                }[];
                /** @default [] */
                needCategories?: {
                    description?: {
                        en: string;
                        sv: string;
                    };
                    key: string;
                    name: {
                        en: string;
                        sv: string;
                    };
                }[];
                network?: {
                    calendar?: {
                        /**
                         * @default working-days
                         * @enum {string}
                         */
                        basis?: "working-days" | "school-year";
                        /** @enum {string} */
                        key: "sverige" | "vasteras" | "stockholm";
                    };
                    initialEvery: string;
                    initialMeetings: number;
                    statusReportBefore: string;
                    thenEvery: string;
                };
                /** @default [] */
                participantGroups?: {
                    description?: {
                        en: string;
                        sv: string;
                    };
                    key: string;
                    name: {
                        en: string;
                        sv: string;
                    };
                }[];
                /** @default [] */
                questions?: {
                    key: string;
                    /** @default [] */
                    subQuestions?: {
                        key: string;
                        text: {
                            en: string;
                            sv: string;
                        };
                    }[];
                    text: {
                        en: string;
                        sv: string;
                    };
                }[];
                /**
                 * @default {
                 *       "default": {
                 *         "before": [
                 *           "P3D",
                 *           "PT0S"
                 *         ],
                 *         "overdueEvery": "P2D",
                 *         "maxOverdue": 5,
                 *         "escalateAfter": "P5D"
                 *       },
                 *       "gate": {
                 *         "before": [
                 *           "P7D",
                 *           "P1D"
                 *         ],
                 *         "overdueEvery": "P2D",
                 *         "maxOverdue": 5,
                 *         "escalateAfter": "P7D"
                 *       },
                 *       "statusReport": {
                 *         "before": [
                 *           "P2D",
                 *           "PT0S"
                 *         ],
                 *         "overdueEvery": "P1D",
                 *         "maxOverdue": 2
                 *       }
                 *     }
                 */
                reminderPolicies?: {
                    default: unknown;
                    gate: unknown;
                    statusReport: unknown;
                };
                /** @default [] */
                sessionKinds?: {
                    description?: {
                        en: string;
                        sv: string;
                    };
                    key: string;
                    name: {
                        en: string;
                        sv: string;
                    };
                }[];
            };
            key: string;
            /** @enum {string} */
            kind: "phased-program" | "cohort";
            name: {
                en: string;
                sv: string;
            };
            phases: {
                description?: {
                    en: string;
                    sv: string;
                };
                /** @default false */
                gate?: boolean | {
                    /** @default [] */
                    material?: {
                        description?: {
                            en: string;
                            sv: string;
                        };
                        key: string;
                        name: {
                            en: string;
                            sv: string;
                        };
                    }[];
                    outcomes: {
                        /** @default false */
                        commentRequired?: boolean;
                        description?: {
                            en: string;
                            sv: string;
                        };
                        /** @enum {string} */
                        effect: "next" | "repeat" | "back" | "close";
                        key: string;
                        name: {
                            en: string;
                            sv: string;
                        };
                        to?: string;
                    }[];
                };
                key: string;
                name: {
                    en: string;
                    sv: string;
                };
                /** @default [] */
                steps?: ({
                    description?: {
                        en: string;
                        sv: string;
                    };
                    key: string;
                    /** @enum {string} */
                    kind: "gathering-plan" | "needs-gathering" | "needs-categorization" | "focus-areas" | "collaboration-model" | "contact-network" | "communication-plan" | "phase-report" | "activities" | "yearly-planning-check";
                    name: {
                        en: string;
                        sv: string;
                    };
                } | {
                    description?: {
                        en: string;
                        sv: string;
                    };
                    form: {
                        fields: {
                            key: string;
                            label: {
                                en: string;
                                sv: string;
                            };
                            maxLength?: number;
                            options?: string[];
                            required?: boolean;
                            /** @enum {string} */
                            type: "text" | "number" | "boolean" | "choice" | "date";
                        }[];
                    };
                    key: string;
                    /** @enum {string} */
                    kind: "form";
                    name: {
                        en: string;
                        sv: string;
                    };
                } | {
                    checklist: {
                        items: {
                            description?: {
                                en: string;
                                sv: string;
                            };
                            /**
                             * @default none
                             * @enum {string}
                             */
                            evidence?: "required" | "optional" | "none";
                            key: string;
                            name: {
                                en: string;
                                sv: string;
                            };
                        }[];
                    };
                    description?: {
                        en: string;
                        sv: string;
                    };
                    key: string;
                    /** @enum {string} */
                    kind: "checklist";
                    name: {
                        en: string;
                        sv: string;
                    };
                } | {
                    description?: {
                        en: string;
                        sv: string;
                    };
                    document: {
                        deliverable: {
                            en: string;
                            sv: string;
                        };
                    };
                    key: string;
                    /** @enum {string} */
                    kind: "document";
                    name: {
                        en: string;
                        sv: string;
                    };
                })[];
            }[];
            portfolio?: {
                activitiesWithoutReport?: {
                    atRisk: number | null;
                    offTrack: number | null;
                };
                indicatorsBehind?: {
                    atRisk: number | null;
                    offTrack: number | null;
                };
                offersExpiring?: {
                    atRisk: number | null;
                    offTrack: number | null;
                };
                overdueGates?: {
                    atRisk: number | null;
                    offTrack: number | null;
                };
                overdueTasks?: {
                    atRisk: number | null;
                    offTrack: number | null;
                };
            };
            source: string;
            version: number;
        };
        ProgramView: {
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @description The template's kind: a phased program (its phases, steps and decision points) or a cohort program (its cohorts); absent when its template is not stored
             * @enum {string}
             */
            kind?: "phased-program" | "cohort";
            /** @description Live state from the workflow; null when Temporal cannot answer */
            live?: components["schemas"]["ProgramLiveStateView"] | null;
            name: string;
            /** @description The template's phases with their steps and gates (one program) */
            phases?: components["schemas"]["PhaseDefinitionView"][];
            /** @description Where a governed program stands (read model) */
            position?: components["schemas"]["ProgramPositionView"];
            templateKey: string;
            templateVersion: number;
            workflowId: string;
        };
        ProgressDto: {
            /**
             * @description Items completed that week
             * @example 2
             */
            completed: number;
            /**
             * @description The program week
             * @example 3
             */
            week: number;
        };
        ProjectWorkDto: {
            /**
             * @description The program week (project work follows the study weeks)
             * @example 11
             */
            week: number;
        };
        ProjectWorkView: {
            startedWeek: number | null;
            /** @enum {string} */
            status: "not-started" | "in-progress" | "submitted";
            submittedWeek: number | null;
        };
        ProposeActivityDto: {
            description?: string;
            /**
             * @description Numbers of the program's effect goals it serves
             * @example [
             *       4,
             *       5
             *     ]
             */
            effectGoalNumbers: number[];
            /**
             * @example [
             *       "adult-relations"
             *     ]
             */
            focusAreaKeys: string[];
            /** @description The indicators it should move, each measuring one of its effect goals (none when omitted) */
            indicatorIds?: string[];
            /**
             * @description Levels of the activity matrix
             * @example [
             *       "unit"
             *     ]
             */
            levelKeys: string[];
            /** @example service-design */
            methodKey: string;
            /** @description Owning departments/companies */
            ownerOrganizationIds: string[];
            /**
             * Format: date
             * @example 2020-06-15
             */
            plannedEnd: string;
            /**
             * Format: date
             * @example 2019-09-01
             */
            plannedStart: string;
            /**
             * Format: uuid
             * @description The responsible contact person (of an owning organization)
             */
            responsibleId: string;
            /** @example Läxhjälp på fritidsgården */
            title: string;
        };
        ProtocolAuditView: {
            /** @description The entry's sequence id in the trail */
            eventId: string;
            /** @description The entry's hash in the chain */
            hash: string;
        };
        ProtocolConditionView: {
            /** Format: date */
            dueDate: string;
            /**
             * Format: uuid
             * @description null where the caller may not know the person (another organization's contact person)
             */
            ownerId: string | null;
            ownerName: string;
            /**
             * Format: uuid
             * @description The task the condition became
             */
            taskId: string;
            text: string;
        };
        ProtocolMaterialView: {
            key: string;
            link: string;
            name: string;
            title: string;
        };
        ProtocolMemberView: {
            /** @description The name, or "—" where the caller may not know the person */
            name: string;
            /**
             * Format: uuid
             * @description null where the caller may not know the person (another organization's contact person)
             */
            personId: string | null;
            /** @enum {string|null} */
            position: "for" | "against" | "abstain" | null;
            present: boolean;
            /** @enum {string} */
            role: "chair" | "member" | "secretary" | "co-opted";
        };
        ProtocolReservationView: {
            name: string;
            /**
             * Format: uuid
             * @description null where the caller may not know the person (another organization's contact person)
             */
            personId: string | null;
            text: string;
        };
        ProtocolView: {
            /** @description The audit entry that recorded the decision */
            audit: components["schemas"]["ProtocolAuditView"] | null;
            comment: string | null;
            conditions: components["schemas"]["ProtocolConditionView"][];
            /** Format: date-time */
            decidedAt: string;
            decision: string;
            decisionName: string;
            /** Format: uuid */
            gateTaskId: string;
            /** @enum {string} */
            lang: "sv" | "en";
            material: components["schemas"]["ProtocolMaterialView"][];
            /** @description The seats when the group decided; a single decision maker alone where there was no group */
            members: components["schemas"]["ProtocolMemberView"][];
            phaseKey: string;
            phaseName: string;
            /** Format: uuid */
            programId: string;
            programName: string;
            recordedBy: string;
            reservations: components["schemas"]["ProtocolReservationView"][];
            round: number;
            rule: components["schemas"]["DecisionRuleView"] | null;
            templateName: string;
        };
        ProvideMaterialDto: {
            /**
             * @description Where the document is kept (the records system, the intranet)
             * @example https://diarium.example.se/arende/2019-123/delrapport.pdf
             */
            link: string;
            /** @example Delrapport fas I, version till Hållbarhetsarenan */
            title: string;
        };
        QuestionDto: {
            /** @example q1-trust */
            key: string;
            /** @description None when omitted */
            subQuestions?: components["schemas"]["SubQuestionDto"][];
            text: components["schemas"]["QuestionTextDto"];
        };
        QuestionTextDto: {
            en: string;
            sv: string;
        };
        QuestionView: {
            key: string;
            subQuestions: components["schemas"]["SubQuestionView"][];
            text: components["schemas"]["LocalizedLabelView"];
        };
        ReassignTaskDto: {
            /**
             * Format: uuid
             * @description Who takes the task on: a person who can complete it (never a manager; a participant only their own offer)
             */
            assigneeId: string;
        };
        RecordedMeetingView: {
            attendeeIds: string[];
            minutes: string;
            number: number;
            /** Format: date-time */
            startsAt: string;
        };
        RecordIndicatorValueDto: {
            /**
             * @description The measured value for the year, in the indicator's unit
             * @example 76.4
             */
            value: number;
        };
        RecordMeetingDto: {
            /** @description Persons present (members of the network) */
            attendeeIds: string[];
            minutes: string;
        };
        RecordMinutesDto: {
            /** @description The minutes (protokollsanteckningar) of the meeting */
            minutes: string;
        };
        ReferenceComparisonView: {
            /** Format: uuid */
            cohortId: string;
            completedPerParticipantCumulative: number[];
            name: string;
            /** @description Per reported week: weeks ahead (+) of or behind (−) the reference */
            weeksAheadOfReference: number[];
        };
        RegisteredCountView: {
            /** @description Registered interest, in all */
            registered: number;
        };
        /** @description When the assignee is reminded: ISO 8601 durations before the due moment, then every overdueEvery, and an escalation escalateAfter */
        ReminderPolicy: {
            /**
             * @description Reminders this long before the due moment (PT0S: on it)
             * @example [
             *       "P3D",
             *       "PT0S"
             *     ]
             */
            before: string[];
            /**
             * @description Escalate once when overdue by this long
             * @example P3D
             */
            escalateAfter?: string;
            /** @description At most this many overdue reminders (default 10) */
            maxOverdue?: number;
            /**
             * @description Overdue reminders this often (at least a second)
             * @example P3D
             */
            overdueEvery?: string;
        };
        ReportAdmissionView: {
            /** @description On Fast Track's active-interest list (only where the cohort has it) */
            activeInterest?: number;
            /** @description Everyone given a place (accepted offers included), each once, those who withdrew included */
            admitted: number;
            attendees: number;
            capacity: number;
            interviewed: number;
            /** @description On Fast Track's passive-interest list (only where the cohort has it) */
            passiveInterest?: number;
            registered: number;
            /** @description The participants who started: admitted − withdrawn; the denominator of every share in the report */
            started: number;
            /** @description On Fast Track's waiting list (only where the cohort has that list; every list's count in `lists`) */
            waiting?: number;
            /** @description Withdrew before the start (before their assessment): not participants and not dropouts */
            withdrawn: number;
        };
        ReportCohortView: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            infoMeetingAt: string;
            name: string;
        };
        ReportCommunicationItemView: {
            audience: components["schemas"]["LocalizedLabelView"];
            channel: components["schemas"]["LocalizedLabelView"];
            /**
             * Format: date
             * @example 2019-01-15
             */
            dueOn: string;
            /** @enum {string} */
            recurrence: "one-off" | "continuous";
            title: string;
        };
        ReportEvaluationView: {
            findings: string;
            group: string;
            /**
             * Format: date
             * @example 2019-11-05
             */
            heldOn: string;
        };
        ReportEventView: {
            attendees: number;
            /**
             * Format: date
             * @example 2019-11-05
             */
            heldOn: string;
            /** @enum {string} */
            kind: "conference-visit" | "study-visit" | "guest-lecture";
            title: string;
        };
        ReportFocusAreaView: {
            categories: components["schemas"]["ReportKeyNameView"][];
            key: string;
            name: components["schemas"]["LocalizedLabelView"];
        };
        ReportKeyNameView: {
            key: string;
            name: components["schemas"]["LocalizedLabelView"];
        };
        ReportLevelView: {
            key: string;
            name: components["schemas"]["LocalizedLabelView"];
        };
        ReportListView: {
            /** @description Who stands on the list at report time */
            count: number;
            key: string;
            name: components["schemas"]["LocalizedLabelView"];
        };
        ReportMeetingView: {
            /** @description Attendees, once recorded */
            attendees: number | null;
            number: number;
            /** Format: date-time */
            startsAt: string;
        };
        ReportMemberView: {
            /** @description The contact person's name; null for a contact person reading another organization's */
            contactPerson: string | null;
            organization: string;
        };
        ReportModuleView: {
            /** @description The share of the participants who finished it */
            finished: number;
            module: string;
            /** @description The template's name of the module, in Swedish and English */
            name: components["schemas"]["LocalizedLabelView"];
            /** @description The share of the participants who started the module */
            started: number;
        };
        ReportNeedsView: {
            byCategory: components["schemas"]["CategoryCountView"][];
            total: number;
            uncategorized: number;
        };
        ReportNetworkView: {
            /** Format: date-time */
            kickoffAt: string | null;
            meetings: components["schemas"]["ReportMeetingView"][];
            members: components["schemas"]["ReportMemberView"][];
            started: boolean;
        };
        ReportOutcomesView: {
            completed: number;
            /** @description Left after starting (on their journey, or withdrawn once assessed); a withdrawal before the start is not counted here */
            droppedOut: number;
            projectStarted: number;
            projectSubmitted: number;
        };
        ReportProgramView: {
            /** Format: uuid */
            id: string;
            name: string;
            templateKey: string;
            templateVersion: number;
        };
        ReportReferenceView: {
            name: string;
            weeksAheadOfReference: number[];
        };
        ReportRoleView: {
            bodies: string[];
            roleKey: string;
            roleName: components["schemas"]["LocalizedLabelView"];
        };
        ReservationDto: {
            /**
             * Format: uuid
             * @description A voting member present who was not for the decision
             */
            personId: string;
            text: string;
        };
        RoleBodiesDto: {
            /**
             * @example [
             *       "Hållbarhetsarenan"
             *     ]
             */
            bodies: string[];
            /** @example steering-group */
            roleKey: string;
        };
        SaveChecklistDto: {
            /** @description The items whose state changes; items not named keep theirs */
            items: components["schemas"]["ChecklistTickDto"][];
        };
        SaveFormDto: {
            /**
             * @description The form's answers by field key (text, number, true/false, a choice's option, a date as YYYY-MM-DD); may be saved half-filled, required fields are checked when the step completes
             * @example {
             *       "goal": "Fler elever med godkända betyg",
             *       "budget_sek": 1200000
             *     }
             */
            answers: {
                [key: string]: string | number | boolean;
            };
        };
        ScaleUpDto: {
            /** @description Levels of the successor (wider than now), the current ones when omitted */
            levelKeys?: string[];
            /** @description Owners of the successor (more than now), the current ones when omitted */
            ownerOrganizationIds?: string[];
            title?: string;
        };
        ScheduleSteeringMeetingDto: {
            /** Format: date-time */
            endsAt: string;
            /** @example Stadshuset, sal 3 */
            location?: string;
            /** Format: date-time */
            startsAt: string;
        };
        SchoolBreakView: {
            /** Format: date */
            from: string;
            /** @example hostlov */
            key: string;
            name?: components["schemas"]["LocalizedLabelView"];
            /** Format: date */
            to: string;
        };
        SessionCountsView: {
            byKind: components["schemas"]["SourceCountView"][];
            byParticipantGroup: components["schemas"]["SourceCountView"][];
            total: number;
        };
        SessionView: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date
             * @example 2019-01-15
             */
            heldOn: string;
            /** Format: uuid */
            id: string;
            /** @example workshop */
            kind: string;
            /** Format: uuid */
            organizationId: string | null;
            participantGroups: string[];
            /** Format: uuid */
            programId: string;
            title: string;
        };
        SessionWithNeedsView: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date
             * @example 2019-01-15
             */
            heldOn: string;
            /** Format: uuid */
            id: string;
            /** @example workshop */
            kind: string;
            /** @description Needs recorded from the session */
            needs: number;
            /** Format: uuid */
            organizationId: string | null;
            participantGroups: string[];
            /** Format: uuid */
            programId: string;
            title: string;
        };
        SetClosuresDto: {
            /** @description Every closure day of the calendar (replaces those registered); days distinct */
            closures: components["schemas"]["ClosureDto"][];
        };
        SetCollaborationModelDto: {
            /**
             * Format: uuid
             * @description The steering group's decision maker: a person of the project office or a contact person holding the gate.decide permission (never a manager or a participant). The gate's task goes to them, and only they decide the gate
             */
            gateOwnerId: string;
            roles: components["schemas"]["RoleBodiesDto"][];
        };
        SetFocusAreasDto: {
            focusAreas: components["schemas"]["FocusAreaDto"][];
        };
        SetGateOwnerDto: {
            /**
             * Format: uuid
             * @description The steering group's decision maker: a person of the project office or a contact person holding gate.decide
             */
            personId: string;
        };
        SetQuestionsDto: {
            /** @description The question set (keys distinct across questions and sub-questions) */
            questions: components["schemas"]["QuestionDto"][];
        };
        SetSteeringGroupDto: {
            /** @description The seats from now on: a person left out leaves the group, a changed role ends one seat and starts another (the history keeps both) */
            members: components["schemas"]["SteeringSeatDto"][];
            /**
             * @description At least this many voting members present (chair and members)
             * @example 3
             */
            quorum: number;
            /**
             * @description chair: the chair decides; majority: more than half of the voting members present are for it; all: every voting member present is for it
             * @enum {string}
             */
            rule: "chair" | "majority" | "all";
        };
        SourceCountView: {
            key: string;
            name: components["schemas"]["LocalizedLabelView"];
            needs: number;
            sessions: number;
        };
        StartNetworkDto: {
            /**
             * Format: date-time
             * @description The kickoff meeting
             * @example 2019-04-10T09:00:00+02:00
             */
            kickoffAt: string;
        };
        SteeringGroupView: {
            /** @description Every seat ever held, oldest first (who was a member when) */
            history: components["schemas"]["SteeringSeatView"][];
            /** @description The seats held now */
            members: components["schemas"]["SteeringSeatView"][];
            /** Format: uuid */
            programId: string;
            /** @description null: the program has no steering group (one decision maker decides its gates) */
            rule: components["schemas"]["DecisionRuleView"] | null;
        };
        SteeringMeetingListView: {
            /** @description In time order */
            items: components["schemas"]["SteeringMeetingView"][];
        };
        SteeringMeetingView: {
            /** @description What waits for the group, built when asked: the open decision point, activities to evaluate, overdue tasks, the changes since the last meeting */
            agenda: string[];
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            id: string;
            /** @description The invitations: one task per member, with the agenda, due when the meeting starts (a calendar invitation goes with each) */
            invitationTaskIds: string[];
            location: string | null;
            minutes: string | null;
            /** Format: date-time */
            minutesAt: string | null;
            /** @description 1, 2, 3 … in the program */
            number: number;
            /** Format: uuid */
            programId: string;
            /** Format: date-time */
            startsAt: string;
        };
        SteeringSeatDto: {
            /** Format: uuid */
            personId: string;
            /**
             * @description ordförande (chair, one), ledamot (member), sekreterare (secretary), adjungerad (co-opted); only the chair and the members vote and count toward the quorum
             * @enum {string}
             */
            role: "chair" | "member" | "secretary" | "co-opted";
        };
        SteeringSeatView: {
            /** Format: date-time */
            from: string;
            /** @description The name, where the caller may know the person */
            name: string | null;
            /**
             * Format: uuid
             * @description null where the caller may not know the person; the group's members know each other
             */
            personId: string | null;
            /** @enum {string} */
            role: "chair" | "member" | "secretary" | "co-opted";
            /**
             * Format: date-time
             * @description When the seat ended; null while it is held
             */
            until: string | null;
            /** @description Whether the seat votes and counts toward the quorum (chair, member) */
            votes: boolean;
        };
        StepCompletedView: {
            phaseKey: string;
            /** Format: uuid */
            programId: string;
            /** @enum {string} */
            status: "completed";
            stepKey: string;
        };
        StepDefinitionView: {
            key: string;
            /**
             * @description The step kind: what the step edits and when it may complete (GET /templates/step-kinds lists them)
             * @example form
             */
            kind: string;
            name: components["schemas"]["LocalizedLabelView"];
        };
        StepKindView: {
            /** @description The template field that configures it (form, checklist, document) */
            configuredBy?: string;
            /** @description The program data a step of this kind lets the project office change while it is open */
            edits: string[];
            /** @example form */
            key: string;
            name: components["schemas"]["LocalizedLabelView"];
            /** @description The governance lists a template must fill for a step of this kind */
            needs: string[];
            /** @description Opened again every period alongside its phase instead of completed in order */
            recurring: boolean;
        };
        StepProblemView: {
            message: string;
        };
        StepView: {
            /** @description A form's answers so far */
            answers?: {
                [key: string]: unknown;
            };
            approved?: components["schemas"]["DocumentApprovalView"] | null;
            /** @description A document step's deliverable */
            deliverable?: components["schemas"]["LocalizedLabelView"];
            fields?: components["schemas"]["FormFieldView"][];
            items?: components["schemas"]["ChecklistItemView"][];
            key: string;
            kind: string;
            name: components["schemas"]["LocalizedLabelView"];
            phaseKey: string;
            /** @description What keeps the step from completing now; empty when it may */
            problems: components["schemas"]["StepProblemView"][];
            /** Format: uuid */
            programId: string;
            /**
             * @description open: the step the program is at, so its data can change and it can complete
             * @enum {string}
             */
            status: "pending" | "open" | "completed";
            /** Format: date-time */
            updatedAt?: string | null;
            versions?: components["schemas"]["DocumentVersionView"][];
        };
        SubQuestionDto: {
            /** @example q5a-obstacles */
            key: string;
            text: components["schemas"]["QuestionTextDto"];
        };
        SubQuestionView: {
            key: string;
            text: components["schemas"]["LocalizedLabelView"];
        };
        TaskCalendarDto: {
            /**
             * @description working-days: weekends, public holidays, the eves and closures are days off; school-year: the school breaks too
             * @default working-days
             * @enum {string}
             */
            basis?: "working-days" | "school-year";
            /**
             * @description sverige (Sweden’s public holidays and eves), vasteras or stockholm (their school breaks too)
             * @enum {string}
             */
            key: "sverige" | "vasteras" | "stockholm";
        };
        TaskCalendarView: {
            /** @enum {string} */
            basis: "working-days" | "school-year";
            /** @enum {string} */
            key: "sverige" | "vasteras" | "stockholm";
        };
        TaskPageView: {
            items: components["schemas"]["TaskView"][];
            limit: number;
            offset: number;
            total: number;
        };
        TaskView: {
            /** Format: uuid */
            activityId: string | null;
            /** @description The answer it was completed with (null while open) */
            answer: {
                [key: string]: string | number | boolean;
            } | null;
            /** @description The answer the task expects; null for a task completed without one */
            answerForm: components["schemas"]["AnswerForm"] | null;
            /** Format: uuid */
            assigneeId: string;
            /** @description The working-day calendar the task follows (null: calendar days) */
            calendar: components["schemas"]["TaskCalendarView"] | null;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            dueAt: string;
            escalated: boolean;
            /** Format: uuid */
            id: string;
            instructions: string;
            /** @description The meeting the assignee is invited to */
            meeting: components["schemas"]["Meeting"] | null;
            overdue: boolean;
            /** Format: uuid */
            programId: string | null;
            /**
             * @description Why a program or a cohort made the task (null: made with POST /tasks)
             * @enum {string|null}
             */
            purpose: "step" | "gate" | "network-status" | "activity-planning" | "activity-status" | "activity-evaluation" | "yearly-check" | "interview" | "offer" | "condition" | null;
            remindersSent: number;
            /** @enum {string} */
            status: "open" | "done" | "cancelled";
            /** @description The step key, meeting, cycle or round the task is about */
            subjectKey: string | null;
            /**
             * Format: uuid
             * @description You see this task as the substitute of this absent assignee (null: your own, or not substituted)
             */
            substituteFor: string | null;
            title: string;
        };
        TemplateBodyView: {
            summary: components["schemas"]["TemplateVersionView"];
            /** @description The template as it runs (defaults applied), in the shape of GET /templates/schema */
            template: {
                [key: string]: unknown;
            };
        };
        TemplateChangeView: {
            /** @enum {string} */
            kind: "phase-added" | "phase-removed" | "step-added" | "step-removed" | "step-changed" | "outcomes-changed" | "setting-changed" | "override-kept";
            message: string;
            phaseKey?: string;
            /**
             * @description Where the change lies from the program's position
             * @enum {string}
             */
            place?: "before" | "current" | "after";
            /** @description The governance list or setting */
            setting?: string;
            stepKey?: string;
        };
        TemplatePageView: {
            /** @description The newest version of each template */
            items: components["schemas"]["TemplateVersionView"][];
        };
        TemplateUpgradeDto: {
            /** @description The newer version of the program's template to move onto */
            toVersion: number;
        };
        TemplateUpgradeView: {
            applicable: boolean;
            applied: boolean;
            changes: components["schemas"]["TemplateChangeView"][];
            dryRun: boolean;
            fromVersion: number;
            position: components["schemas"]["UpgradePositionView"];
            /** Format: uuid */
            programId: string;
            /** @description Why it cannot apply now; empty when it can */
            refusals: string[];
            templateKey: string;
            toVersion: number;
        };
        TemplateVersionView: {
            /** @description Shipped with the engine as a template file; otherwise registered by the project office */
            builtIn: boolean;
            description: components["schemas"]["LocalizedLabelView"];
            key: string;
            /** @enum {string} */
            kind: "phased-program" | "cohort";
            name: components["schemas"]["LocalizedLabelView"];
            phases: components["schemas"]["PhaseDefinitionView"][];
            /** @description When the project office registered it; null for a built-in template */
            registeredAt: string | null;
            version: number;
            /** @description Every version of this key, lowest first */
            versions: number[];
        };
        TemplateView: {
            description: components["schemas"]["LocalizedLabelView"];
            key: string;
            /** @enum {string} */
            kind: "phased-program" | "cohort";
            name: components["schemas"]["LocalizedLabelView"];
            phases: components["schemas"]["PhaseDefinitionView"][];
            version: number;
        };
        TimelineItemView: {
            /** @description Who sent the update or signal (a pseudonymous person id) */
            actorId?: string;
            /** Format: date-time */
            at: string;
            /** @description The command's identifiers and keys */
            detail?: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            kind: "workflow" | "update" | "signal" | "timer" | "activity" | "child";
            outcome?: string;
            /** @example completeTask */
            what: string;
            workflowId: string;
        };
        TimelineView: {
            /** @description Oldest first, the children’s lines among the parent’s */
            items: components["schemas"]["TimelineItemView"][];
            workflowId: string;
            /** @description Workflows read (the workflow and its children, at most 200) */
            workflows: number;
        };
        TokenView: {
            createdAt: string;
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            lastUsedAt: string | null;
            name: string;
            /** @description First characters, to tell tokens apart */
            prefix: string;
            revokedAt: string | null;
        };
        UiConfigView: {
            /** @description The OpenID Connect sign-in the web UI offers; null: API tokens only */
            oidc: components["schemas"]["UiOidcView"] | null;
        };
        UiOidcView: {
            clientId: string;
            issuer: string;
            resource?: string;
            scope: string;
        };
        UnknownLabelsView: {
            /** @description The first 100 per column */
            categories: components["schemas"]["UnknownLabelView"][];
            groups: components["schemas"]["UnknownLabelView"][];
            /** @description Labels of the source column that are no session kind */
            sources: components["schemas"]["UnknownLabelView"][];
        };
        UnknownLabelView: {
            /** @description The label as the file writes it */
            label: string;
            /** @description The lines it is on (the header is line 1), the first 20 */
            lines: number[];
            /** @description Rows with the label */
            rows: number;
            /** @description Keys of the program's list that look most alike */
            suggestions: string[];
        };
        UpdateOrganizationDto: {
            /** @example Grundskolenämnden */
            name?: string;
            /**
             * @description förvaltning, bolag, nämnd/styrelse, nätverk, övrig
             * @enum {string}
             */
            type?: "department" | "company" | "board" | "network" | "other";
        };
        UpdatePersonDto: {
            /**
             * @description When the daily digest goes out (HH:MM, Swedish time)
             * @example 07:00
             */
            digestTime?: string;
            /** @example Anna Andersson */
            displayName?: string;
            /**
             * @description An email address (stored in lower case)
             * @example anna.andersson@vasteras.se
             */
            email?: string;
            /** @description The identity provider's subject (sub, or oid in Entra ID) */
            externalSubject?: string;
            /** @enum {string} */
            locale?: "sv" | "en";
            /**
             * @description Reminders one mail each, or one daily digest (escalations and invitations always come at once)
             * @enum {string}
             */
            mailDelivery?: "immediate" | "daily_digest";
            /**
             * Format: uuid
             * @description Required for a contact person: the organization they are the entrance to
             */
            organizationId?: string;
            /** @description e.g. gate.decide for steering-group members */
            permissions?: "gate.decide"[];
            /** @enum {string} */
            role?: "project_office" | "contact_person" | "manager" | "participant";
        };
        UpgradePositionView: {
            phaseKey: string | null;
            stepKey: string | null;
        };
        WebhookView: {
            active: boolean;
            createdAt: string;
            events: string[];
            /** Format: uuid */
            id: string;
            name: string;
            url: string;
        };
        WeekItemView: {
            /** Format: uuid */
            activityId: string | null;
            /**
             * Format: date-time
             * @description When: the meeting’s start or the deadline (null: the whole day)
             */
            at: string | null;
            /** Format: uuid */
            cohortId: string | null;
            /**
             * Format: date
             * @description The day it falls on in Europe/Stockholm
             */
            day: string;
            /**
             * Format: date-time
             * @description A meeting’s end
             */
            endsAt: string | null;
            /**
             * @description meeting: a meeting one is invited to or holds (with a time); deadline: something due; event: a cohort event that day
             * @enum {string}
             */
            kind: "meeting" | "deadline" | "event";
            location: string | null;
            /** @description An open task past its due moment */
            overdue: boolean;
            /** Format: uuid */
            programId: string | null;
            /**
             * @description Why a program or cohort made the task
             * @enum {string|null}
             */
            purpose: "step" | "gate" | "network-status" | "activity-planning" | "activity-status" | "activity-evaluation" | "yearly-check" | "interview" | "offer" | "condition" | null;
            /**
             * @description task: one of my tasks (a meeting invitation, a deadline, an offer’s answer window); interview: my admission interview; info-meeting: a cohort’s info meeting; cohort-event: an event of my cohort; activity-start / activity-end: the planned start or end of an activity I am responsible for
             * @enum {string}
             */
            source: "task" | "interview" | "info-meeting" | "cohort-event" | "activity-start" | "activity-end";
            /**
             * @description A task’s status (null: not a task)
             * @enum {string|null}
             */
            status: "open" | "done" | null;
            /**
             * Format: uuid
             * @description The task is on my week as the substitute of this absent person
             */
            substituteFor: string | null;
            /**
             * Format: uuid
             * @description The task to open (null: not one of my tasks)
             */
            taskId: string | null;
            title: string;
        };
        WeekProgressView: {
            completed: number;
            week: number;
        };
        WeekView: {
            /** @description My calendar subscription (POST /me/calendar-feed makes the link) */
            calendarFeed: components["schemas"]["CalendarFeedView"];
            /**
             * Format: date
             * @description The Monday the view starts on
             */
            from: string;
            /** @description Meetings, deadlines and events in the two weeks, by time */
            items: components["schemas"]["WeekItemView"][];
            /** @description My open tasks already due before the first day shown, oldest first */
            overdue: components["schemas"]["WeekItemView"][];
            /**
             * Format: date
             * @description The Sunday it ends on (inclusive): two weeks
             */
            to: string;
            /**
             * Format: date
             * @description Today in Europe/Stockholm
             */
            today: string;
            /** @description More items than the view holds (500): the rest are left out */
            truncated: boolean;
            /** @description The ISO week numbers shown */
            weeks: number[];
        };
        WorkCalendarView: {
            /** @description Closure days: the built-in ones and those the project office registered */
            closures: components["schemas"]["ClosureView"][];
            /** @description The eves that are days off (all three unless listed) */
            eves?: ("midsommarafton" | "julafton" | "nyarsafton")[];
            /** @enum {string} */
            key: "sverige" | "vasteras" | "stockholm";
            name?: components["schemas"]["LocalizedLabelView"];
            /** @description School breaks (days off under the school-year basis) */
            schoolBreaks: components["schemas"]["SchoolBreakView"][];
        };
        YearlyCheckView: {
            /** Format: uuid */
            contactPersonId: string;
            /** Format: date-time */
            dueAt: string;
            /** @description The answer: whether the annual plan follows the collaboration model */
            followsModel: boolean | null;
            /** Format: uuid */
            organizationId: string | null;
            /** @description The round (year) */
            round: string | null;
            /** @enum {string} */
            status: "open" | "done" | "cancelled";
            /** Format: uuid */
            taskId: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ActivitiesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                activityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityDetailView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such activity, or (for a contact person) one their organization does not own */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ActivitiesController_evaluate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                activityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluateActivityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityEvaluatedView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The activity is not under evaluation
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ActivitiesController_finishExecution: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                activityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityStageView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The activity is not in execution
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    AuditController_page: {
        parameters: {
            query?: {
                activityId?: string;
                /** @description The cursor from the previous page (entries older than it) */
                before?: string;
                cohortId?: string;
                /** @description RFC 3339, with an offset; inclusive */
                from?: string;
                limit?: number;
                organizationId?: string;
                /** @description As actor or as the person an entry is about */
                personId?: string;
                phase?: string;
                programId?: string;
                /** @description RFC 3339, with an offset; exclusive, after from */
                to?: string;
                /** @description An event type, or a prefix ending in * */
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Entries with their chain fields (seq, prevHash, hash).
             *
             *     Each entry is hash-chained. `hash` = lowercase hex SHA-256 of the UTF-8 bytes of the canonical text, which joins these 17 fields in this order with the ASCII unit separator U+001F (no separator before the first or after the last):
             *
             *     1 `seq` (decimal), 2 `occurredAt` (UTC, `YYYY-MM-DDTHH:MM:SS.mmmZ`, always three millisecond digits), 3 `type`, 4 `actorKind`, 5 `actorId`, 6 `actorRole`, 7 `programId`, 8 `phaseKey`, 9 `activityId`, 10 `cohortId`, 11 `subjectPersonId`, 12 `organizationId`, 13 `workflowId`, 14 `runId`, 15 `requestId`, 16 `data`, 17 `prevHash`.
             *
             *     A null field is written as the empty string (so null and empty are the same). UUIDs are lowercase with dashes. `data` is written as PostgreSQL prints jsonb: object keys ordered by their length in UTF-8 bytes and then bytewise, `": "` after each key and `", "` between members and between array items, no other white space; strings as JSON strings (`\"` and `\\`, `\b` `\f` `\n` `\r` `\t`, other control characters as `\u00xx` in lowercase hex, every other character as it is); numbers in plain decimal notation; `true`, `false`, `null`.
             *
             *     `prevHash` is the `hash` of the entry with `seq` − 1; the first entry (`seq` 1) has 64 zeros. `seq` has no gaps: a filtered export checks each hash and the links between neighbouring entries.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: manager, project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    AuditController_export: {
        parameters: {
            query?: {
                activityId?: string;
                cohortId?: string;
                format?: "jsonl" | "csv";
                /** @description RFC 3339, with an offset; inclusive */
                from?: string;
                organizationId?: string;
                /** @description As actor or as the person an entry is about */
                personId?: string;
                phase?: string;
                programId?: string;
                /** @description RFC 3339, with an offset; exclusive, after from */
                to?: string;
                /** @description An event type, or a prefix ending in * */
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description A file (Content-Disposition: attachment; header X-Audit-Chain-Head: <seq>:<hash>, or empty) of the matching entries in chain order, up to the chain head at export time. JSON Lines (format=jsonl, the default): a first line {"chain":{"headSeq","headHash","exportedAt"}}, then one entry per line with the members of AuditEntryView (data as a JSON object). CSV (format=csv): a header row seq,id,occurredAt,type,actorKind,actorId,actorRole,programId,phaseKey,activityId,cohortId,subjectPersonId,organizationId,workflowId,runId,requestId,data,prevHash,hash, a first row of type #chain-head (seq and hash of the head), then one row per entry (data as JSON text, an empty cell for null).
             *
             *     Each entry is hash-chained. `hash` = lowercase hex SHA-256 of the UTF-8 bytes of the canonical text, which joins these 17 fields in this order with the ASCII unit separator U+001F (no separator before the first or after the last):
             *
             *     1 `seq` (decimal), 2 `occurredAt` (UTC, `YYYY-MM-DDTHH:MM:SS.mmmZ`, always three millisecond digits), 3 `type`, 4 `actorKind`, 5 `actorId`, 6 `actorRole`, 7 `programId`, 8 `phaseKey`, 9 `activityId`, 10 `cohortId`, 11 `subjectPersonId`, 12 `organizationId`, 13 `workflowId`, 14 `runId`, 15 `requestId`, 16 `data`, 17 `prevHash`.
             *
             *     A null field is written as the empty string (so null and empty are the same). UUIDs are lowercase with dashes. `data` is written as PostgreSQL prints jsonb: object keys ordered by their length in UTF-8 bytes and then bytewise, `": "` after each key and `", "` between members and between array items, no other white space; strings as JSON strings (`\"` and `\\`, `\b` `\f` `\n` `\r` `\t`, other control characters as `\u00xx` in lowercase hex, every other character as it is); numbers in plain decimal notation; `true`, `false`, `null`.
             *
             *     `prevHash` is the `hash` of the entry with `seq` − 1; the first entry (`seq` 1) has 64 zeros. `seq` has no gaps: a filtered export checks each hash and the links between neighbouring entries.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/jsonl": string;
                    "text/csv": string;
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: manager, project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerificationView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: manager, project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    AuditController_timeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A Temporal workflow id, such as program-<uuid> or task-<uuid> */
                workflowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: manager, project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such workflow */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CalendarFeedController_feed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) feed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such feed: the link is unknown, replaced or revoked */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too many requests from this token (or, without one, this address) within a minute (RATE_LIMIT_PER_MINUTE); Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CalendarsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkCalendarView"][];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CalendarsController_setClosures: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The calendar */
                key: "sverige" | "vasteras" | "stockholm";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetClosuresDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkCalendarView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Refused in the current state; nothing changed.
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ChangesController_changes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-sent events, each `data:` a JSON object with its `type`: hello (first, with `listening`), an audit event type with its ids (programId, cohortId, activityId, personId, actorId), resync, ping */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again
             *
             *     The person has as many streams open as allowed, or the rate limit is reached; Retry-After says when to try again
             */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This API process holds as many streams as it takes; Retry-After says when to try again */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_admit: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonRefDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The cohort is full
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_admitMany: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdmitManyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdmissionSummaryView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Not enough free places
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_analytics: {
        parameters: {
            query?: {
                /** @description An earlier cohort to compare with ("weeks ahead or behind") */
                referenceCohortId?: string;
            };
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortAnalyticsView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such cohort, or no such reference cohort */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_attendees: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendeesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendeeCountView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Refused in the current state; nothing changed.
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_evaluate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortEvaluationView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Refused in the current state; nothing changed.
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_events: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortEventView"][];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_addEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CohortEventDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortEventCreatedView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Refused in the current state; nothing changed.
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_attendance: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                eventId: string;
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendeesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventAttendanceView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Refused in the current state; nothing changed.
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortHistoryEntryView"][];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_scheduleInterview: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterviewDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewScheduledView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The person has not registered interest, or an interview with them is already open
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_interviewOutcome: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                /** @description A UUID (version 4) */
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterviewOutcomeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The cohort is full, or the person cannot be placed so
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_placeOnList: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaceOnListDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The person has not registered, or cannot be put on that list now
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_answer: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                /** @description A UUID (version 4) */
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerOfferDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description No open offer, or its deadline has passed
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_journey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
                /** @description A UUID (version 4) */
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_advancedTrack: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                /** @description A UUID (version 4) */
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerOfferDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description No advanced track proposed
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_assess: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                /** @description A UUID (version 4) */
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Already assessed, or not studying
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_leave: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                /** @description A UUID (version 4) */
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeaveDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Not studying, or completing without the project work handed in
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_assessLevel: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                /** @description A UUID (version 4) */
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LevelAssessmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Not studying, or not after the last assessment
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_changePlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                /** @description A UUID (version 4) */
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanChangeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Not studying, or an unknown pace profile
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_progress: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                /** @description A UUID (version 4) */
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgressDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Not studying (e.g. dropped out), the week already reported, or more items than are left
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_startProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                /** @description A UUID (version 4) */
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectWorkDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Not studying, or before the project work may start
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_submitProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                /** @description A UUID (version 4) */
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectWorkDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description No project work in progress
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonRefDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredCountView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The window has closed, or the person already registered
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_report: {
        parameters: {
            query?: {
                /** @description Or use the Accept header (text/markdown, text/html) */
                format?: "json" | "markdown" | "html";
                lang?: "sv" | "en";
                /** @description An earlier cohort to compare with ("weeks ahead or behind") */
                referenceCohortId?: string;
            };
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as JSON, or as Markdown or HTML in the language asked for (lang=sv|en); the shares are of the participants who started */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortReportView"];
                    "text/html": string;
                    "text/markdown": string;
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such cohort, or no such reference cohort */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonRefDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The person has not registered, or holds no place
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Every component is up
             *
             *     The Health Check is successful
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                    };
                };
            };
            /** @description Too many requests from this token (or, without one, this address) within a minute (RATE_LIMIT_PER_MINUTE); Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description At least one component is down: a problem document with the same info, error and details members
             *
             *     The Health Check is not successful
             */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessView"];
                };
            };
            /** @description Too many requests from this token (or, without one, this address) within a minute (RATE_LIMIT_PER_MINUTE); Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CalendarFeedController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CalendarFeedController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Refused in the current state; nothing changed.
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CalendarFeedController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked (also when there was no link) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Refused in the current state; nothing changed.
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    MeController_preferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Refused in the current state; nothing changed.
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    TasksController_inbox: {
        parameters: {
            query?: {
                /** @description soon: open and due within 3 days; overdue: open and past due */
                due?: "soon" | "overdue";
                limit?: number;
                offset?: number;
                programId?: string;
                status?: "open" | "done" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskPageView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    MeController_tokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenView"][];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    WeekController_week: {
        parameters: {
            query?: {
                /** @description A day of the first week shown (YYYY-MM-DD, years 2000–2099); the view starts on its Monday. Default: today in Europe/Stockholm */
                from?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WeekView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    OrganizationsController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationPageView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    OrganizationsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The name is taken
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    OrganizationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such organization, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    OrganizationsController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The organization still has persons
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    OrganizationsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The name is taken
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PersonsController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Only persons of this role */
                role?: "project_office" | "contact_person" | "manager" | "participant";
                /** @description Only names containing this text (case-insensitive) */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonPageView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PersonsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePersonDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Email or identity already registered
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PersonsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such person, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PersonsController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Your own account, or a person who owns effect-goal indicators (erase their personal data instead)
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PersonsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePersonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Email or identity already registered
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PersonsController_listAbsences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AbsenceView"][];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PersonsController_createAbsence: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAbsenceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AbsenceView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Refused in the current state; nothing changed.
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PersonsController_endAbsence: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                absenceId: string;
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Refused in the current state; nothing changed.
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PersonsController_erase: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasedPersonView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Your own account
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PersonsController_handover: {
        parameters: {
            query?: {
                /** @description true: answer what would be moved; nothing is changed or recorded */
                dryRun?: "true" | "false";
            };
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandoverDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The person is not a contact person, or holds more than a handover moves
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PersonsController_issueToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueTokenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedTokenView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Refused in the current state; nothing changed.
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PortfolioController_overview: {
        parameters: {
            query?: {
                /** @description Only programs, or only cohorts */
                kind?: "program" | "cohort";
                /** @description Only rows where this count is above zero */
                needs?: "gatesWaiting" | "overdueTasks" | "offersExpiring" | "activitiesWithoutReport";
                /** @description Count only the tasks whose assignee belongs to this organization (rows, counts and chart) */
                organizationId?: string;
                /** @description Only rows with this status */
                status?: "on-track" | "at-risk" | "off-track";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioView"];
                };
            };
            /** @description An unknown filter value (problem document naming the parameter) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ProgramsController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramPageView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ProgramsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProgramDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramView"];
                };
            };
            /** @description Invalid body (problem document naming the field); nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Refused in the current state; nothing changed.
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal unavailable; nothing is stored */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ProgramsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such program */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ActivitiesController_list: {
        parameters: {
            query?: {
                /** @description Only activities serving this effect goal */
                effectGoal?: number;
                focusArea?: string;
                level?: string;
                limit?: number;
                offset?: number;
                status?: "planning" | "execution" | "evaluation" | "ended" | "scaled-up";
            };
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPageView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The program runs a template version without governed phases */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ActivitiesController_propose: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeActivityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description A contact person acting for another organization
             *
             *     Role not allowed (allowed: project_office, contact_person)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The program is not in phase II
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortSummaryView"][];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CohortsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCohortDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortCreatedView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The program runs a template without cohorts
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_collaborationModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollaborationModelView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The program runs a template version without governed phases */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_setCollaborationModel: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetCollaborationModelDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollaborationModelView"];
                };
            };
            /** @description An unknown role, or a gateOwnerId who can never decide a gate (nobody, no gate.decide permission, a manager or a participant): a problem document naming the field; nothing is changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Not in the step collaboration-model
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_communicationPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListedCommunicationItemView"][];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The program runs a template version without governed phases */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_addCommunicationItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCommunicationItemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationItemView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Not in the step communication-plan
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SteeringController_decisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionListView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The program runs a template version without governed phases */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SteeringController_protocol: {
        parameters: {
            query?: {
                /** @description json (default), html or pdf; or the Accept header */
                format?: "json" | "html" | "pdf";
                /** @description Swedish (default) or English */
                lang?: "sv" | "en";
            };
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
                /** @description The decision point's task (gateTaskId in GET /programs/{id}/decisions) */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Date, the rule, who was present and how each voted, the material, the decision, its conditions and reservations, and the audit entry that recorded it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtocolView"];
                    "application/pdf": string;
                    "text/html": string;
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such program, or no decision at that decision point */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The program runs a template version without governed phases */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    IndicatorsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EffectGoalView"][];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The program runs a template version without governed phases */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    IndicatorsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EffectGoalPageView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such program, or the program has no effect goal with this number */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The program runs a template version without governed phases */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    IndicatorsController_define: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefineIndicatorDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorView"];
                };
            };
            /** @description The number is not one of the program's effect goals, the target year is before the baseline year, or the owner is neither of the project office nor a contact person */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The program already has an indicator with this key
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_focusAreas: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FocusAreasView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The program runs a template version without governed phases */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_setFocusAreas: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetFocusAreasDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FocusAreasView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Not in the step focus-areas
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SteeringController_openGate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenGateView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such program, or no decision point is open */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The program runs a template version without governed phases */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SteeringController_decideGate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideGateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GateDecidedView"];
                };
            };
            /** @description An outcome that needs a comment without one, a present person without a seat, a missing or misplaced position, a reservation by a member for the decision, a condition owner who cannot act or a due date in the past */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Not the decision maker (gateOwnerId) or without gate.decide; with a steering group, not its chair or secretary
             *
             *     Role not allowed (allowed: project_office, contact_person)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description No gate is waiting or it has been decided, material is missing (`missing` lists its keys), no quorum, or the group's rule did not carry the decision
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    StepRecordsController_setGateOwner: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetGateOwnerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        gateOwnerId: string;
                        /** Format: uuid */
                        programId: string;
                    };
                };
            };
            /** @description No such person, or one who may not decide */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The program names it in its collaboration model, is closed, or a decision point is open
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SteeringController_provideMaterial: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProvideMaterialDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenGateView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Neither the project office, the decision maker nor the group's chair or secretary
             *
             *     Role not allowed (allowed: project_office, contact_person)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No decision point is open, or it requires no material of that key */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The decision point has been decided
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_governance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GovernanceView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The program runs a template version without governed phases */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    IndicatorsController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                /** @description A UUID (version 4) */
                indicatorId: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordIndicatorValueDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorValueRecordedView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description A contact person who does not own the indicator
             *
             *     Role not allowed (allowed: project_office, contact_person)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such program, or no such indicator in it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Refused in the current state; nothing changed.
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    IndicatorsController_importValues: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorValuesImportView"];
                };
            };
            /** @description Row-level errors, e.g. "row 3.indicator: 'x' is not the key of one of the program's indicators"; nothing imported */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Refused in the current state; nothing changed.
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ActivitiesController_matrix: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatrixView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The program runs a template version without governed phases */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_needs: {
        parameters: {
            query?: {
                /** @description Only needs of this category */
                category?: string;
                limit?: number;
                offset?: number;
                /** @description Only needs without a category */
                uncategorized?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedPageView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The program runs a template version without governed phases */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_categorize: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategorizeNeedsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategorizedView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Not in the steps gathering or categorization
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_importNeedsFile: {
        parameters: {
            query?: {
                /** @description true: check the file and answer a preview; nothing is imported or recorded */
                dryRun?: "true" | "false";
            };
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportNeedsFileDto"];
            };
        };
        responses: {
            /** @description The needs imported and the sessions they went to, or with dryRun=true the preview */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedsFileImportView"];
                };
            };
            /** @description Errors named by line and column, e.g. "line 12.category: 'Trivsel' is not a need category …"; nothing stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Not in the step gathering
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_statistics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedStatisticsView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The program runs a template version without governed phases */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_network: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The program runs a template version without governed phases */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_recordMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordMeetingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedMeetingView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The meeting has not been scheduled */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Refused in the current state; nothing changed.
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_addMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddNetworkMemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkMemberView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Before the step network, the program closed, or the organization already has its member
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_removeMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                /** @description A UUID (version 4) */
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member, with leftAt set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkMemberView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Refused in the current state; nothing changed.
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_startNetwork: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartNetworkDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Not in the step network, no members yet, or already started
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_setQuestions: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetQuestionsDto"];
            };
        };
        responses: {
            /** @description The governance with the new question set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GovernanceView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Not in the step plan-gathering
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_report: {
        parameters: {
            query?: {
                /** @description Or use the Accept header (text/markdown, text/html) */
                format?: "json" | "markdown" | "html";
                lang?: "sv" | "en";
            };
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Needs per category and per source, focus areas, collaboration model, network (for a contact person without other organizations' contact persons), communication plan: JSON, or Markdown or HTML (format=, or the Accept header) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhaseReportView"];
                    "text/html": string;
                    "text/markdown": string;
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The program runs a template version without governed phases */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_sessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionWithNeedsView"][];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The program runs a template version without governed phases */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_createSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description Unknown kind or participant group (problem document naming the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Not in the steps plan-gathering or gathering
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_addNeed: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                /** @description A UUID (version 4) */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNeedDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Not in the step gathering
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_importNeeds: {
        parameters: {
            query?: {
                /** @description true: check the file and answer a preview; nothing is imported or recorded */
                dryRun?: "true" | "false";
            };
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                /** @description A UUID (version 4) */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description The needs imported, or with dryRun=true the preview */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedsImportView"];
                };
            };
            /** @description Row-level errors, e.g. "row 12.category: 'x' is not one of …"; nothing imported */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Not in the step gathering
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SteeringController_steeringGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SteeringGroupView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The program runs a template version without governed phases */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SteeringController_setSteeringGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetSteeringGroupDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SteeringGroupView"];
                };
            };
            /** @description Not exactly one chair, a person twice, an unknown person, a chair without gate.decide, a manager in a voting seat, or a quorum larger than the voting seats; nothing is changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The program is closed, or a decision point is open and the chair would change
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SteeringController_meetingsOf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SteeringMeetingListView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description A contact person without a seat in the group
             *
             *     Role not allowed (allowed: project_office, manager, contact_person)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The program runs a template version without governed phases */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SteeringController_scheduleMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleSteeringMeetingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SteeringMeetingView"];
                };
            };
            /** @description An end not after the start, a meeting over 12 hours, held more than 30 days ago or over two years ahead */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Neither the project office nor the group's chair or secretary
             *
             *     Role not allowed (allowed: project_office, contact_person)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The program has no steering group, or is closed
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SteeringController_meeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
                /** @description A UUID (version 4) */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SteeringMeetingView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description A contact person without a seat in the group
             *
             *     Role not allowed (allowed: project_office, manager, contact_person)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not one of the program's meetings */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The program runs a template version without governed phases */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SteeringController_boardPack: {
        parameters: {
            query?: {
                /** @description json (default), html or pdf; or the Accept header */
                format?: "json" | "html" | "pdf";
                /** @description Swedish (default) or English */
                lang?: "sv" | "en";
            };
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
                /** @description A UUID (version 4) */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Status per phase and activity (on track, at risk, off track with the reason), the changes since the previous meeting, overdue tasks per organization, the indicators against their targets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardPackView"];
                    "application/pdf": string;
                    "text/html": string;
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description A contact person without a seat in the group
             *
             *     Role not allowed (allowed: project_office, manager, contact_person)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not one of the program's meetings */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The program runs a template version without governed phases */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SteeringController_recordMinutes: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                /** @description A UUID (version 4) */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordMinutesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SteeringMeetingView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Neither the project office nor the group's chair or secretary
             *
             *     Role not allowed (allowed: project_office, contact_person)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not one of the program's meetings */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The meeting has not started yet
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    StepRecordsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
                stepKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such program, or no such step in its template */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    StepRecordsController_saveChecklist: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                stepKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveChecklistDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepView"];
                };
            };
            /** @description An unknown item, or evidence where none is asked for; nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The step is not open, or is not a checklist
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PhaseOneController_completeStep: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                stepKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepCompletedView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Not the open step, or its data is incomplete (the problems are listed; e.g. the uncategorized needs)
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    StepRecordsController_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                stepKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveDocumentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Neither the project office nor the program's decision maker
             *
             *     Role not allowed (allowed: project_office, contact_person)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The step is not open, nothing to approve, or approved already
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    StepRecordsController_addVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                stepKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddDocumentVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The step is not open, or is not a document
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    StepRecordsController_saveForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
                stepKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveFormDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepView"];
                };
            };
            /** @description An answer does not fit its field (each named); nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The step is not open, or is not a form
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    TemplateUpgradeController_upgrade: {
        parameters: {
            query?: {
                /** @description Report what the upgrade would change, and change nothing */
                dryRun?: boolean;
            };
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateUpgradeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateUpgradeView"];
                };
            };
            /** @description No such version of the template */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such program */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The upgrade cannot apply safely now (the report says why); nothing changed
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ActivitiesController_yearlyPlanningCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["YearlyCheckView"][];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The program runs a template version without governed phases */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ProgramsController_templates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateView"][];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    TasksController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description Invalid body, or an assignee who cannot complete the task (a manager, a participant): a problem document naming the field; nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Refused in the current state; nothing changed.
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    TasksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such task, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    TasksController_changeDueDate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeDueDateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The task is no longer open
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    TasksController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The task is no longer open
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    TasksController_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteTaskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The task is no longer open
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    TasksController_reassign: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassignTaskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description assigneeId: nobody, outside your organization, or a person who cannot complete the task (a manager, a participant) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The task is no longer open, already that person’s, or bound to its person (a gate’s decision maker, an offer’s candidate)
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    TemplatesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplatePageView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    TemplatesController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A template file (its JSON Schema: GET /templates/schema) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgramTemplateFile"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateVersionView"];
                };
            };
            /** @description The template does not hold together: every problem with its path (phases[2].steps[0].kind); nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description That version exists already
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    TemplatesController_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateBodyView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such template version */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    TemplatesController_governance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GovernanceView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such template version */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The template has no governed phases (a cohort template, or an old version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    TemplatesController_schema: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    TemplatesController_kinds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepKindView"][];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    MeController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Refused in the current state; nothing changed.
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    UiController_uiConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UiConfigView"];
                };
            };
            /** @description Too many requests from this token (or, without one, this address) within a minute (RATE_LIMIT_PER_MINUTE); Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"][];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office, manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookView"];
                };
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Refused in the current state; nothing changed.
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description The body is not of a media type the operation takes (application/json, or text/csv where stated). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    WebhooksController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A UUID (version 4) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stopped */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description Refused in the current state; nothing changed.
             *
             *     A request with the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /**
             * @description The URL is too long.
             *
             *     A path parameter longer than 100 characters (Fastify's maxParamLength).
             */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description This Idempotency-Key was used for a different request: use a new key for a new command. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After). */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
}
