// Where the FCP forms post (app/api/v1/proposals/[number]/...): one place for the page's
// forms and anyone building a link, so a renamed route cannot leave a form behind.

const base = (number: number) => `/api/v1/proposals/${number}`;

export const fcpRoutePaths = {
  propose: (number: number) => `${base(number)}/fcp`,
  position: (number: number, roundId: number) => `${base(number)}/fcp/${roundId}/position`,
  cancel: (number: number, roundId: number) => `${base(number)}/fcp/${roundId}/cancel`,
  raiseConcern: (number: number) => `${base(number)}/concerns`,
  resolveConcern: (number: number, concernId: number) => `${base(number)}/concerns/${concernId}/resolve`,
};
